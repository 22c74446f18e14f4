package org.peerchain.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.frame;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.gossip.TxServer;
import org.peerchain.p2p.peers.BlockServer;
import org.peerchain.p2p.peers.Penalties;
import org.peerchain.p2p.peers.RequestServer;
import org.peerchain.p2p.peers.RequestServer.Kind;
import org.peerchain.p2p.peers.SnapServer;
import org.peerchain.p2p.protocol.Blocks;
import org.peerchain.p2p.protocol.FrameDecoder;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.GetTxs;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.MessageDecoder;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.session.OutboundLimits;
import org.peerchain.p2p.session.PeerSession;
import org.peerchain.p2p.session.SessionHandler;
import org.peerchain.p2p.transport.ErrorHandler;

/** Requests from a peer that never reads cost it, not us: what we queue for it stays bounded. */
class RequestIntakeTest {
  private final FakeChain chain = new FakeChain().withBlocks(300);
  private final HeldWrites held = new HeldWrites();
  private final EmbeddedChannel ch = new EmbeddedChannel(held);
  private final PeerSession peer = new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(9), false), false,
      Optional.empty(), 0, Hash.ZERO, new OutboundLimits(4096, OutboundLimits.DEFAULT_SOFT_BYTES,
      OutboundLimits.DEFAULT_HARD_BYTES));
  private final List<Integer> penalties = new ArrayList<>();
  private final RequestServer serving = new RequestServer(Runnable::run, System::nanoTime, 64L << 20,
      Map.of(Kind.BLOCKS, 2, Kind.TXS, 16, Kind.SNAP, 2), 64L << 20);
  private final RequestIntake intake = new RequestIntake(serving,
      new BlockServer(chain, ProtocolLimits.MAX_BLOCKS_RESPONSE_BYTES), new TxServer(chain, (p, h) -> {}), new SnapServer(chain),
      (s, points, why) -> penalties.add(points));

  {
    ch.pipeline().addLast(new FrameDecoder(ProtocolLimits.MAX_FRAME_BYTES), new MessageDecoder(), FrameEncoder.INSTANCE,
        new SessionHandler(peer, intake), new ErrorHandler((c, reason, why) -> {}));
  }

  @Test
  void aPeerThatAsksForMuchAndNeverReadsHoldsOneAnswerAndIsRefusedTheRest() {
    int answer = MessageCodec.encodeFrame(new Blocks(0, chain.blocks(1, 128))).size();
    for (int i = 0; i < 5000; i++) {
      ch.writeInbound(frame(new GetBlocks(i, 1, 128)));
    }
    // Unbounded, this would be 5000 answers (hundreds of megabytes): one is queued, one more waits unbuilt.
    assertThat(held.held()).isEqualTo(1);
    assertThat(peer.queuedBytes()).isEqualTo(answer).isLessThanOrEqualTo(peer.limits().hardBytes());
    assertThat(serving.outstanding(peer, Kind.BLOCKS)).isEqualTo(2);
    assertThat(penalties).hasSize(4998).allMatch(p -> p == Penalties.TOO_MANY_REQUESTS);
    // Far past the ban threshold: the network bans and drops it long before the 5000th request.
    assertThat(penalties.stream().mapToInt(Integer::intValue).sum()).isGreaterThan(100);
    assertThat(ch.isActive()).isTrue();
  }

  @Test
  void aPeerThatReadsIsAnsweredInOrder() {
    ch.writeInbound(frame(new GetBlocks(1, 1, 2)), frame(new GetBlocks(2, 3, 1)));
    held.completeAll();
    held.completeAll();
    assertThat(held.bytes()).isEqualTo(MessageCodec.encodeFrame(new Blocks(1, chain.blocks(1, 2))).size()
        + MessageCodec.encodeFrame(new Blocks(2, chain.blocks(3, 1))).size());
    assertThat(serving.outstanding(peer, Kind.BLOCKS)).isZero();
    assertThat(penalties).isEmpty();
  }

  @Test
  void tooManyGetTxsAreDroppedWithoutPenalty() {
    for (int i = 0; i < 40; i++) {
      ch.writeInbound(frame(new GetTxs(List.of(Hash.ZERO))));
    }
    // None is pooled: each answer is empty and done at once, so none is even outstanding.
    assertThat(serving.outstanding(peer, Kind.TXS)).isZero();
    assertThat(penalties).isEmpty();
    assertThat(ch.isActive()).isTrue();
  }
}
