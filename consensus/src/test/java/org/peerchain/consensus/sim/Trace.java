package org.peerchain.consensus.sim;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last {@code capacity} things that happened, for a readable report of a failing seed. */
final class Trace {
  private final int capacity;
  private final Deque<String> lines = new ArrayDeque<>();

  Trace(int capacity) {
    this.capacity = capacity;
  }

  void add(long time, String who, Object what) {
    if (capacity == 0) {
      return;
    }
    lines.addLast(String.format("%8d ms  %-4s %s", time, who, what));
    if (lines.size() > capacity) {
      lines.removeFirst();
    }
  }

  String render() {
    return String.join("\n", lines);
  }
}
