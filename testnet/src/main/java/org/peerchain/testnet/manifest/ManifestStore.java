package org.peerchain.testnet.manifest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.peerchain.testnet.TestnetException;

/** Where testnet.json lives in a testnet directory, and its safe reading and writing. */
public final class ManifestStore {
  public static final String FILE = "testnet.json";

  private ManifestStore() {}

  public static Path file(Path dir) {
    return dir.resolve(FILE);
  }

  public static boolean exists(Path dir) {
    return Files.isRegularFile(file(dir));
  }

  /** @throws TestnetException when {@code dir} holds no testnet, or its testnet.json is damaged */
  public static Manifest read(Path dir) {
    Path file = file(dir);
    if (!Files.isRegularFile(file)) {
      throw new TestnetException(dir + " is not a testnet directory (no " + FILE + "); create one with "
          + "'peerchain testnet up --dir " + dir + "'");
    }
    try {
      return ManifestCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TestnetException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new TestnetException(file + " is not a valid testnet manifest: " + e.getMessage(), e);
    }
  }

  /** Writes to a temporary file first: a crash mid-write must not lose the PIDs of running nodes. */
  public static void write(Path dir, Manifest manifest) {
    Path file = file(dir);
    Path tmp = dir.resolve(FILE + ".tmp");
    try {
      Files.writeString(tmp, ManifestCodec.toJson(manifest), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new TestnetException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
