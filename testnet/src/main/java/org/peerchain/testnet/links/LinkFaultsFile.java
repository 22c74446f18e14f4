package org.peerchain.testnet.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.peerchain.testnet.TestnetException;

/**
 * The faults the proxy applies, in the testnet directory: chaos writes it (whole, by rename, so the
 * proxy never reads half a file), the proxy polls it. A missing file means no faults.
 */
public final class LinkFaultsFile {
  public static final String FILE = "link-faults.json";

  private LinkFaultsFile() {}

  public static Path of(Path testnetDir) {
    return testnetDir.toAbsolutePath().normalize().resolve(FILE);
  }

  public static void write(Path file, LinkFaults faults) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, LinkFaultsCodec.toJson(faults), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new TestnetException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** @throws IllegalArgumentException when the file is too long or malformed */
  public static LinkFaults read(Path file) throws IOException {
    try {
      if (Files.size(file) > LinkFaultsCodec.MAX_CHARS) {
        throw new IllegalArgumentException(file + " is longer than " + LinkFaultsCodec.MAX_CHARS + " bytes");
      }
      return LinkFaultsCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return LinkFaults.NONE;
    }
  }
}
