package org.peerchain.p2p.gossip;

import java.util.LinkedHashMap;
import java.util.Map;
import org.peerchain.core.types.Hash;

/** A bounded set of recently seen hashes; the least recently touched falls out first. Thread-safe. */
public final class SeenCache {
  private final Map<Hash, Boolean> entries;

  public SeenCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Hash, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Records {@code hash}; true when it was not in the cache (first sighting). */
  public synchronized boolean add(Hash hash) {
    return entries.put(hash, Boolean.TRUE) == null;
  }

  /** Forgets {@code hash}, so its next sighting counts as a first one. */
  public synchronized void remove(Hash hash) {
    entries.remove(hash);
  }

  public synchronized boolean contains(Hash hash) {
    return entries.containsKey(hash);
  }

  public synchronized int size() {
    return entries.size();
  }
}
