package org.peerchain.testnet.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last lines of a node's log, to show why it did not start; reads only the file's end. */
public final class LogTail {
  private static final int MAX_BYTES = 16 * 1024;

  private LogTail() {}

  public static List<String> last(Path file, int lines) {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long length = f.length();
      int size = (int) Math.min(length, MAX_BYTES);
      byte[] buf = new byte[size];
      f.seek(length - size);
      f.readFully(buf);
      Deque<String> out = new ArrayDeque<>();
      for (String line : new String(buf, StandardCharsets.UTF_8).split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        out.addLast(line);
        if (out.size() > lines) {
          out.removeFirst();
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      return List.of("(no log: " + e.getMessage() + ")");
    }
  }

  /** Indented lines after a newline, for an error message. */
  public static String describe(Path file, int lines) {
    List<String> tail = last(file, lines);
    if (tail.isEmpty()) {
      return " (its log " + file + " is empty)";
    }
    return "; last lines of " + file + ":\n  " + String.join("\n  ", tail);
  }
}
