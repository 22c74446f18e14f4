package org.peerchain.testnet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --dir}, shared by every testnet command. */
public final class DirOption {
  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "testnet",
      description = "The testnet's directory (default: ./${DEFAULT-VALUE}).")
  Path dir;

  public Path dir() {
    return dir.toAbsolutePath().normalize();
  }
}
