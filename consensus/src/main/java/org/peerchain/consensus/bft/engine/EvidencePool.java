package org.peerchain.consensus.bft.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.core.types.Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The equivocations seen, newest last, one per (validator, height, round, step), at most {@code capacity}. */
final class EvidencePool {
  private static final Logger LOG = LoggerFactory.getLogger(EvidencePool.class);

  private record Key(Address validator, long height, int round, Step step) {}

  private final int capacity;
  private final Deque<Evidence> kept = new ArrayDeque<>();
  private final Set<Key> keys = new HashSet<>();

  EvidencePool(int capacity) {
    this.capacity = capacity;
  }

  /** True when the evidence is new (and now kept). */
  boolean add(Evidence e) {
    Key key = new Key(e.validator(), e.height(), e.round(), e.step());
    if (!keys.add(key)) {
      return false;
    }
    kept.addLast(e);
    if (kept.size() > capacity) {
      Evidence oldest = kept.removeFirst();
      keys.remove(new Key(oldest.validator(), oldest.height(), oldest.round(), oldest.step()));
    }
    LOG.warn("equivocation: validator {} signed two different {} messages at height {} round {}: {} and {}",
        e.validator(), e.step(), e.height(), e.round(), e.first(), e.second());
    return true;
  }

  List<Evidence> list() {
    return List.copyOf(kept);
  }
}
