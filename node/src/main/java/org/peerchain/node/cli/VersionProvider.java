package org.peerchain.node.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the project version from {@code version.properties} (filtered by Maven at build
 * time), else the jar manifest's {@code Implementation-Version}.
 */
public final class VersionProvider implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown}. */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    String manifestVersion = VersionProvider.class.getPackage().getImplementationVersion();
    return manifestVersion != null ? manifestVersion : "unknown";
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "peerchain " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch")
    };
  }
}
