package org.peerchain.node.cli;

import org.peerchain.node.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version, the Java runtime and the operating system. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "peerchain " + Version.current(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch")
    };
  }
}
