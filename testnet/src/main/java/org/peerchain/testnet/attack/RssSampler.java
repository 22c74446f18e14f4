package org.peerchain.testnet.attack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A process's resident set size, as Linux reports it in /proc/PID/status. */
public final class RssSampler {
  private RssSampler() {}

  /** VmRSS in bytes; empty when the process is gone or /proc is not there. */
  public static OptionalLong rssBytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return OptionalLong.of(parseKilobytes(line.substring("VmRSS:".length())) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  static long parseKilobytes(String field) {
    String v = field.strip();
    if (!v.endsWith("kB")) {
      throw new IllegalArgumentException("not a kB value: " + field);
    }
    return Long.parseLong(v.substring(0, v.length() - 2).strip());
  }
}
