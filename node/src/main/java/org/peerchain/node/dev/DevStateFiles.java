package org.peerchain.node.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.peerchain.rpc.api.DevRequestException;

/** {@code --state FILE} and {@code --dump-state FILE}: a dump read at start and written at exit. */
public final class DevStateFiles {
  private DevStateFiles() {}

  /** The dump in {@code file} (plain or gzipped JSON); a file too large or corrupt is an error naming it. */
  public static DevState read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(DevStateCodec.MAX_JSON_BYTES + 1);
      if (bytes.length > DevStateCodec.MAX_JSON_BYTES) {
        throw new DevRequestException("state file " + file + " is larger than " + DevStateCodec.MAX_JSON_BYTES + " bytes");
      }
      return DevStateCodec.read(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read state file " + file + ": " + e.getMessage(), e);
    } catch (DevRequestException e) {
      throw new DevRequestException("state file " + file + ": " + e.getMessage());
    }
  }

  /** Writes through a temporary file and a move, so a crash leaves the old dump or the new one. */
  public static void write(Path file, DevState state) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      Files.write(tmp, DevStateCodec.toJson(state));
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write state file " + file + ": " + e.getMessage(), e);
    }
  }
}
