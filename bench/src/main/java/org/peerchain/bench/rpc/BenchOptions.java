package org.peerchain.bench.rpc;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name value} pairs the loopback benchmarks take. */
final class BenchOptions {
  private BenchOptions() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    return opts;
  }
}
