package org.peerchain.p2p.gossip;

import java.util.concurrent.atomic.AtomicBoolean;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.api.Validation;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.Penalizer;
import org.peerchain.p2p.peers.Penalties;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.protocol.Consensus;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.session.PeerSession;

/**
 * Floods consensus messages, validated before relay: each one (by keccak256 of its bytes) goes to
 * the node once, and only when the node accepts it is it relayed, once, to every peer not known to
 * have it. So a relayer only ever passes on what it checked itself, and a peer is charged only for
 * what it sent that the node rejected — never for what an honest neighbour relayed. Our own
 * messages are marked seen, so they never come back.
 */
public final class ConsensusGossip {
  private final PeerRegistry peers;
  private final KnownHashes known;
  private final SeenCache seen;
  private final P2pHandler handler;
  private final Penalizer penalizer;

  public ConsensusGossip(PeerRegistry peers, P2pHandler handler, Penalizer penalizer, int seenCapacity,
      int knownPerPeer) {
    this.peers = peers;
    this.handler = handler;
    this.penalizer = penalizer;
    this.seen = new SeenCache(seenCapacity);
    this.known = new KnownHashes(knownPerPeer);
  }

  /** Sends our own message to every peer. */
  public void broadcast(byte[] message) {
    Bytes payload = Bytes.copyOf(message);
    Hash hash = Keccak.hash(payload);
    seen.add(hash);
    relay(null, hash, payload);
  }

  public void onMessage(PeerSession from, Consensus message) {
    Hash hash = Keccak.hash(message.payload());
    known.mark(from.id(), hash);
    if (!seen.add(hash)) {
      return;
    }
    byte[] bytes = message.payload().toArray();
    AtomicBoolean answered = new AtomicBoolean();
    Callbacks.safely("consensus message", () -> handler.onConsensusMessage(from.id(), bytes, verdict -> {
      if (answered.compareAndSet(false, true)) {
        settle(from, hash, message.payload(), verdict);
      }
    }));
  }

  private void settle(PeerSession from, Hash hash, Bytes payload, Validation verdict) {
    switch (verdict) {
      case ACCEPT -> relay(from.id(), hash, payload);
      // Another copy may come when the node can use it (a future height, a busy moment).
      case IGNORE -> seen.remove(hash);
      case REJECT -> penalizer.penalize(from, Penalties.INVALID_DATA, "invalid consensus message");
    }
  }

  public void forget(PeerId peer) {
    known.forget(peer);
  }

  private void relay(PeerId except, Hash hash, Bytes payload) {
    byte[] frame = null;
    for (PeerSession s : peers.sessions()) {
      if (s.id().equals(except) || !known.mark(s.id(), hash)) {
        continue;
      }
      if (frame == null) {
        frame = MessageCodec.encodeFrame(new Consensus(payload)).toArray();
      }
      // Never dropped for congestion: a peer that cannot keep up with consensus is dropped instead.
      s.sendFrame(frame, false);
    }
  }
}
