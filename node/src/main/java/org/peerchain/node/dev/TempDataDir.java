package org.peerchain.node.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A data directory: one the user named (kept), or a temporary one removed when closed. */
public final class TempDataDir implements AutoCloseable {
  private final Path path;
  private final boolean temporary;

  private TempDataDir(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  public static TempDataDir create(String prefix) {
    try {
      return new TempDataDir(Files.createTempDirectory(prefix), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary data directory: " + e.getMessage(), e);
    }
  }

  public static TempDataDir keep(Path path) {
    return new TempDataDir(path.toAbsolutePath(), false);
  }

  public Path path() {
    return path;
  }

  public boolean isTemporary() {
    return temporary;
  }

  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // Leaving a temp directory behind is not worth failing the shutdown for.
    }
  }
}
