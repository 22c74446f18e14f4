package org.peerchain.p2p.gossip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.gossip.SessionFixtures.admitted;
import static org.peerchain.p2p.gossip.SessionFixtures.written;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.RecordingHandler;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.api.Validation;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.peers.Penalties;
import org.peerchain.p2p.protocol.Consensus;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.session.PeerSession;
import org.peerchain.p2p.transport.Disconnects;

class ConsensusGossipTest {
  private final PeerRegistry registry = new PeerRegistry(P2pFixtures.id(1), 20, 10);
  private final RecordingHandler handler = new RecordingHandler();
  private final List<String> charged = new ArrayList<>();
  private final ConsensusGossip gossip = new ConsensusGossip(registry, handler,
      (peer, points, why) -> charged.add(peer.id().shortId() + " " + points + " " + why), 100, 100);
  private final Consensus vote = new Consensus(Bytes.fromHexString("0xf00d01"));

  @Test
  void deliversOnceAndRelaysToEveryoneButTheSender() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    PeerSession c = admitted(registry, 4);
    gossip.onMessage(a, vote);
    assertThat(handler.consensus).hasSize(1);
    assertThat(handler.consensus.get(0).from()).isEqualTo(a.id());
    assertThat(written(a)).isEmpty();
    assertThat(written(b)).containsExactly(vote);
    assertThat(written(c)).containsExactly(vote);

    // b relays it back to us: no second delivery, no second relay.
    gossip.onMessage(b, vote);
    assertThat(handler.consensus).hasSize(1);
    assertThat(written(a)).isEmpty();
    assertThat(written(b)).isEmpty();
    assertThat(written(c)).isEmpty();
  }

  @Test
  void aRejectedMessageIsNotRelayedAndCostsOnlyItsSender() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    handler.verdict = Validation.REJECT;
    gossip.onMessage(a, vote);
    assertThat(written(b)).isEmpty();
    assertThat(charged).containsExactly(a.id().shortId() + " " + Penalties.INVALID_DATA + " invalid consensus message");
    // The same bytes again, from anyone, are not judged or charged twice.
    gossip.onMessage(b, vote);
    assertThat(handler.consensus).hasSize(1);
    assertThat(charged).hasSize(1);
  }

  @Test
  void anIgnoredMessageIsNotRelayedCostsNothingAndIsJudgedAgainWhenItComesBack() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    handler.verdict = Validation.IGNORE;
    gossip.onMessage(a, vote);
    assertThat(written(b)).isEmpty();
    assertThat(charged).isEmpty();

    handler.verdict = Validation.ACCEPT;
    gossip.onMessage(b, vote);
    assertThat(handler.consensus).hasSize(2);
    // a sent it to us, so it is not sent back to a; b is its sender now.
    assertThat(written(a)).isEmpty();
    assertThat(written(b)).isEmpty();
  }

  @Test
  void aMessageIsRelayedOnlyOnceTheNodeAcceptsItAndOnlyOnce() {
    List<Consumer<Validation>> pending = new ArrayList<>();
    P2pHandler later = new RecordingHandler() {
      @Override
      public void onConsensusMessage(PeerId from, byte[] message, Consumer<Validation> verdict) {
        pending.add(verdict);
      }
    };
    ConsensusGossip deferred = new ConsensusGossip(registry, later, (peer, points, why) -> charged.add(why), 100, 100);
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    deferred.onMessage(a, vote);
    assertThat(written(b)).isEmpty();

    pending.get(0).accept(Validation.ACCEPT);
    assertThat(written(b)).containsExactly(vote);
    // A second verdict for the same delivery changes nothing.
    pending.get(0).accept(Validation.REJECT);
    pending.get(0).accept(Validation.ACCEPT);
    assertThat(written(b)).isEmpty();
    assertThat(charged).isEmpty();
  }

  @Test
  void ourOwnMessageGoesToAllAndIsNotEchoedBack() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    gossip.broadcast(vote.payload().toArray());
    assertThat(written(a)).containsExactly(vote);
    assertThat(written(b)).containsExactly(vote);
    gossip.onMessage(a, vote);
    assertThat(handler.consensus).isEmpty();
    assertThat(written(b)).isEmpty();
  }

  @Test
  void aPeerThatSentAMessageFirstDoesNotGetItLater() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    // b already told us about it before a did: relaying a's copy must skip b.
    gossip.onMessage(b, vote);
    written(a);
    gossip.onMessage(a, vote);
    assertThat(written(a)).isEmpty();
    assertThat(written(b)).isEmpty();
  }

  /** Holds every write forever, as a peer that stopped reading does once TCP buffers fill. */
  private static final class Stuck extends ChannelOutboundHandlerAdapter {
    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
      ReferenceCountUtil.release(msg);
    }
  }

  @Test
  void aSlowPeerWhoseQueueIsFullIsDroppedAndTheOthersStillServed() throws Exception {
    PeerSession slow = SessionFixtures.session(2, 4, new Stuck());
    registry.admit(slow);
    PeerSession fast = admitted(registry, 3);
    for (int i = 0; i < 5; i++) {
      gossip.broadcast(new byte[] {0x10, (byte) i});
    }
    assertThat(slow.channel().isActive()).isFalse();
    assertThat(registry.isConnected(slow.id())).isFalse();
    assertThat(written(fast)).hasSize(5);
    // Later messages are not queued for it at all.
    assertThat(slow.sendFrame(new byte[] {0, 0, 0, 1, 2}, false)).isFalse();
    assertThat(slow.pending()).isEqualTo(4);
    assertThat(Disconnects.closingReason(slow.channel())).isEqualTo(DisconnectReason.SLOW_PEER);
  }

  @Test
  void theSeenCacheIsBounded() {
    SeenCache cache = new SeenCache(3);
    for (int i = 0; i < 5; i++) {
      assertThat(cache.add(Keccak.hash(new byte[] {(byte) i}))).isTrue();
    }
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.contains(Keccak.hash(new byte[] {0}))).isFalse();
    assertThat(cache.add(Keccak.hash(new byte[] {4}))).isFalse();
  }

  @Test
  void disconnectIsTheClosingMessage() {
    PeerSession a = admitted(registry, 2);
    a.disconnect(DisconnectReason.REQUESTED, "bye");
    assertThat(written(a)).containsExactly(new Disconnect(DisconnectReason.REQUESTED, "bye"));
  }
}
