package org.peerchain.p2p.gossip;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.protocol.Consensus;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.session.PeerSession;

/**
 * Floods consensus messages: each one (by keccak256 of its bytes) is delivered to the node once
 * and relayed once to every peer not known to have it, so validators that are not directly
 * connected still hear each other. Our own messages are marked seen, so they never come back.
 */
public final class ConsensusGossip {
  private final PeerRegistry peers;
  private final KnownHashes known;
  private final SeenCache seen;
  private final P2pHandler handler;

  public ConsensusGossip(PeerRegistry peers, P2pHandler handler, int seenCapacity, int knownPerPeer) {
    this.peers = peers;
    this.handler = handler;
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
    Callbacks.safely("consensus message", () -> handler.onConsensusMessage(from.id(), bytes));
    relay(from.id(), hash, message.payload());
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
