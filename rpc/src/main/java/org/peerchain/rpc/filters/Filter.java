package org.peerchain.rpc.filters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.types.Hash;

/** One installed filter: what arrived since the last poll, at most {@code capacity} (oldest dropped). */
final class Filter {
  private final FilterKind kind;
  private final int capacity;
  private final ArrayDeque<Hash> buffer = new ArrayDeque<>();
  private volatile long lastUsedNanos;

  Filter(FilterKind kind, int capacity, long nowNanos) {
    this.kind = kind;
    this.capacity = capacity;
    this.lastUsedNanos = nowNanos;
  }

  FilterKind kind() {
    return kind;
  }

  synchronized void add(Hash hash) {
    if (buffer.size() == capacity) {
      buffer.pollFirst();
    }
    buffer.addLast(hash);
  }

  synchronized List<Hash> drain(long nowNanos) {
    lastUsedNanos = nowNanos;
    List<Hash> out = new ArrayList<>(buffer);
    buffer.clear();
    return out;
  }

  void touch(long nowNanos) {
    lastUsedNanos = nowNanos;
  }

  boolean idleSince(long cutoffNanos) {
    return lastUsedNanos - cutoffNanos < 0;
  }
}
