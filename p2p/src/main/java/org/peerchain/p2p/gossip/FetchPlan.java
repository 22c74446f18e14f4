package org.peerchain.p2p.gossip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.PeerId;

/**
 * What {@link TxFetcher} decided and the gossip carries out after its lock is released: the hashes
 * to ask of each peer, and the peers that left a request unanswered.
 */
record FetchPlan(Map<PeerId, List<Hash>> requests, List<PeerId> unanswered) {
  static final FetchPlan NONE = new FetchPlan(Map.of(), List.of());

  FetchPlan {
    requests = requests.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    unanswered = List.copyOf(unanswered);
  }

  boolean isEmpty() {
    return requests.isEmpty() && unanswered.isEmpty();
  }

  static final class Builder {
    private final Map<PeerId, List<Hash>> requests = new LinkedHashMap<>();
    private final List<PeerId> unanswered = new ArrayList<>();

    void request(PeerId peer, List<Hash> hashes) {
      requests.computeIfAbsent(peer, p -> new ArrayList<>()).addAll(hashes);
    }

    void unanswered(PeerId peer) {
      unanswered.add(peer);
    }

    FetchPlan build() {
      return requests.isEmpty() && unanswered.isEmpty() ? NONE : new FetchPlan(requests, unanswered);
    }
  }
}
