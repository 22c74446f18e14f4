package org.peerchain.consensus.bft.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.core.types.Address;

/**
 * Verified messages for heights the engine has not reached yet, replayed when it gets there. Bounded
 * per signer, so one validator flooding future heights cannot push out the others' messages.
 */
final class FutureMessages {
  private final int perSigner;
  private final Map<Address, Set<ConsensusMessage>> bySigner = new HashMap<>();

  FutureMessages(int perSigner) {
    this.perSigner = perSigner;
  }

  /** True if kept; false if a duplicate or the signer's share is full. */
  boolean add(ConsensusMessage m) {
    Set<ConsensusMessage> mine = bySigner.computeIfAbsent(m.signer(), a -> new LinkedHashSet<>());
    if (mine.size() >= perSigner || mine.contains(m)) {
      return false;
    }
    return mine.add(m);
  }

  boolean contains(ConsensusMessage m) {
    Set<ConsensusMessage> mine = bySigner.get(m.signer());
    return mine != null && mine.contains(m);
  }

  /** Removes and returns the messages for {@code height}, dropping any for lower heights. */
  List<ConsensusMessage> takeHeight(long height) {
    List<ConsensusMessage> out = new ArrayList<>();
    for (Set<ConsensusMessage> mine : bySigner.values()) {
      mine.removeIf(m -> {
        if (m.height() == height) {
          out.add(m);
        }
        return m.height() <= height;
      });
    }
    bySigner.values().removeIf(Set::isEmpty);
    // Proposals first, then votes by round: the order a validator would have seen them in.
    out.sort((a, b) -> a.round() != b.round() ? Integer.compare(a.round(), b.round())
        : Integer.compare(a.step().ordinal(), b.step().ordinal()));
    return out;
  }

  int size() {
    int n = 0;
    for (Set<ConsensusMessage> mine : bySigner.values()) {
      n += mine.size();
    }
    return n;
  }
}
