package org.peerchain.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project version, from {@code version.properties} (filtered by Maven at build time), else the
 * jar manifest's {@code Implementation-Version}. It sits at the root of the module, below the CLI,
 * the lifecycle and the RPC wiring, so each of them can name the version without importing another.
 */
public final class Version {
  private static final String RESOURCE = "version.properties";

  private Version() {}

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown}. */
  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
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
    String manifestVersion = Version.class.getPackage().getImplementationVersion();
    return manifestVersion != null ? manifestVersion : "unknown";
  }
}
