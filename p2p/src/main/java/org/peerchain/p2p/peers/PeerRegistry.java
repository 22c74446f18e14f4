package org.peerchain.p2p.peers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.session.PeerRejectedException;
import org.peerchain.p2p.session.PeerSession;

/**
 * The established sessions, at most one per node id. Two connections to one node (both sides
 * dialed at once) are resolved by one rule both sides compute alike: keep the connection dialed by
 * the node with the lower id. Slot limits apply to all but static peers.
 */
public final class PeerRegistry {
  /** Told about sessions as they come and go; called outside the registry's lock. */
  public interface Listener {
    void added(PeerSession session);

    void removed(PeerSession session);
  }

  private final PeerId self;
  private final int maxPeers;
  private final int maxOutbound;
  private final Map<PeerId, PeerSession> sessions = new HashMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  public PeerRegistry(PeerId self, int maxPeers, int maxOutbound) {
    this.self = self;
    this.maxPeers = maxPeers;
    this.maxOutbound = maxOutbound;
  }

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  /**
   * Takes {@code candidate}, possibly closing an existing connection to the same node that the
   * duplicate rule discards, and removes it again when its channel closes.
   *
   * @throws PeerRejectedException when the rule keeps the other connection or no slot is free
   */
  public void admit(PeerSession candidate) throws PeerRejectedException {
    PeerSession replaced;
    synchronized (this) {
      PeerId peer = candidate.id();
      PeerSession existing = sessions.get(peer);
      if (existing != null && !keepsNew(existing, candidate)) {
        throw new PeerRejectedException(DisconnectReason.DUPLICATE_CONNECTION,
            "already connected to " + peer.shortId());
      }
      if (existing == null && !candidate.staticPeer()) {
        checkSlots(candidate);
      }
      replaced = sessions.put(peer, candidate);
    }
    if (replaced != null) {
      replaced.disconnect(DisconnectReason.DUPLICATE_CONNECTION, "kept the connection dialed by the lower node id");
      notifyRemoved(replaced);
    }
    listeners.forEach(l -> l.added(candidate));
    // After the added calls, so that a channel closed meanwhile is reported removed last.
    candidate.channel().closeFuture().addListener(f -> remove(candidate));
  }

  private boolean keepsNew(PeerSession existing, PeerSession candidate) {
    PeerId existingDialer = existing.outbound() ? self : existing.id();
    PeerId candidateDialer = candidate.outbound() ? self : candidate.id();
    if (existingDialer.equals(candidateDialer)) {
      // The same node dialed twice: the first connection stays.
      return false;
    }
    PeerId lower = self.compareTo(candidate.id()) < 0 ? self : candidate.id();
    return candidateDialer.equals(lower);
  }

  private void checkSlots(PeerSession candidate) throws PeerRejectedException {
    long outbound = sessions.values().stream().filter(s -> s.outbound() && !s.staticPeer()).count();
    long inbound = sessions.values().stream().filter(s -> !s.outbound() && !s.staticPeer()).count();
    if (candidate.outbound() && outbound >= maxOutbound) {
      throw new PeerRejectedException(DisconnectReason.TOO_MANY_PEERS, "all " + maxOutbound + " outbound slots are taken");
    }
    if (!candidate.outbound() && inbound >= maxPeers - maxOutbound) {
      throw new PeerRejectedException(DisconnectReason.TOO_MANY_PEERS,
          "all " + (maxPeers - maxOutbound) + " inbound slots are taken");
    }
  }

  private void remove(PeerSession session) {
    boolean removed;
    synchronized (this) {
      removed = sessions.remove(session.id(), session);
    }
    if (removed) {
      notifyRemoved(session);
    }
  }

  private void notifyRemoved(PeerSession session) {
    listeners.forEach(l -> l.removed(session));
  }

  public synchronized Optional<PeerSession> get(PeerId id) {
    return Optional.ofNullable(sessions.get(id));
  }

  public synchronized boolean isConnected(PeerId id) {
    return sessions.containsKey(id);
  }

  public synchronized List<PeerSession> sessions() {
    return new ArrayList<>(sessions.values());
  }

  public synchronized Set<PeerId> ids() {
    return Set.copyOf(sessions.keySet());
  }

  public synchronized int size() {
    return sessions.size();
  }

  public synchronized int outboundCount() {
    return (int) sessions.values().stream().filter(s -> s.outbound() && !s.staticPeer()).count();
  }
}
