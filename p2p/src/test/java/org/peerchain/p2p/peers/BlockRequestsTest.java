package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.FakeChain;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.Blocks;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.ProtocolException;
import org.peerchain.p2p.session.PeerSession;

class BlockRequestsTest {
  private final List<Integer> penalties = new ArrayList<>();
  private final BlockRequests requests = new BlockRequests(Duration.ofSeconds(10), (s, points, why) -> penalties.add(points));
  private final FakeChain chain = new FakeChain().withBlocks(5);
  private final EmbeddedChannel ch = new EmbeddedChannel(FrameEncoder.INSTANCE);
  private final PeerSession peer = new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(2), true), false,
      Optional.empty(), 5, Hash.ZERO, 16);

  private GetBlocks sent() {
    List<Message> out = P2pFixtures.written(ch);
    assertThat(out).hasSize(1);
    return (GetBlocks) out.get(0);
  }

  @Test
  void completesWithAValidPrefixOfTheRange() throws Exception {
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(peer, 2, 10);
    GetBlocks get = sent();
    assertThat(get.from()).isEqualTo(2);
    assertThat(get.count()).isEqualTo(10);
    requests.onBlocks(peer, new Blocks(get.requestId(), chain.blocks(2, 4)));
    assertThat(f.get()).isEqualTo(chain.blocks(2, 4));
    assertThat(penalties).isEmpty();
  }

  @Test
  void anAnswerWithAGapFailsTheRequestAndBreaksTheProtocol() {
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(peer, 1, 3);
    GetBlocks get = sent();
    List<BlockWithCertificate> gap = List.of(chain.chain.get(0), chain.chain.get(2));
    assertThatThrownBy(() -> requests.onBlocks(peer, new Blocks(get.requestId(), gap)))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("block 1 has height 3, expected 2");
    assertThat(f).isCompletedExceptionally();
  }

  @Test
  void aCertificateOfAnotherBlockIsRefused() {
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(peer, 1, 1);
    GetBlocks get = sent();
    BlockWithCertificate mixed = new BlockWithCertificate(chain.chain.get(0).block(),
        FakeChain.block(1, Hash.ZERO).certificate());
    assertThatThrownBy(() -> requests.onBlocks(peer, new Blocks(get.requestId(), List.of(mixed))))
        .hasMessageContaining("certificate of block 1 is for another block");
    assertThat(f).isCompletedExceptionally();
  }

  @Test
  void moreBlocksThanAskedAreRefused() {
    requests.request(peer, 1, 2);
    GetBlocks get = sent();
    assertThatThrownBy(() -> requests.onBlocks(peer, new Blocks(get.requestId(), chain.blocks(1, 3))))
        .hasMessageContaining("3 blocks for a request of 2");
  }

  @Test
  void timesOutInVirtualTimeWithAPenalty() {
    ch.freezeTime();
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(peer, 1, 1);
    GetBlocks get = sent();
    ch.advanceTimeBy(11, TimeUnit.SECONDS);
    ch.runScheduledPendingTasks();
    assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
    assertThat(penalties).containsExactly(Penalties.TIMEOUT);
    // The late answer is unsolicited now.
    requests.onBlocks(peer, new Blocks(get.requestId(), chain.blocks(1, 1)));
    assertThat(penalties).containsExactly(Penalties.TIMEOUT, Penalties.USELESS_RESPONSE);
  }

  @Test
  void anEmptyAnswerBelowThePeersHeadIsUselessButCompletes() throws Exception {
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(peer, 1, 1);
    requests.onBlocks(peer, new Blocks(sent().requestId(), List.of()));
    assertThat(f.get()).isEmpty();
    assertThat(penalties).containsExactly(Penalties.USELESS_RESPONSE);
  }

  /** A peer that joined by snap sync at 4: it announced blocks 4..5 only. */
  private PeerSession snapSynced() {
    return new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(3), true), false, Optional.empty(), 5, Hash.ZERO,
        peer.limits(), 3, 4);
  }

  @Test
  void aPeerIsNotAskedForBlocksBelowTheEarliestItAnnounced() {
    PeerSession snap = snapSynced();
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(snap, 1, 3);
    assertThat(f).isCompletedExceptionally();
    assertThat(P2pFixtures.written(ch)).isEmpty();
    assertThat(penalties).isEmpty();
  }

  @Test
  void anEmptyAnswerForBlocksThePeerAnnouncedItHoldsStillCosts() throws Exception {
    PeerSession snap = snapSynced();
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(snap, 4, 2);
    requests.onBlocks(snap, new Blocks(sent().requestId(), List.of()));
    assertThat(f.get()).isEmpty();
    assertThat(penalties).containsExactly(Penalties.USELESS_RESPONSE);
  }

  @Test
  void anEmptyAnswerAboveThePeersHeadCostsNothing() throws Exception {
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(peer, 6, 2);
    requests.onBlocks(peer, new Blocks(sent().requestId(), List.of()));
    assertThat(f.get()).isEmpty();
    assertThat(penalties).isEmpty();
  }

  @Test
  void aDisconnectFailsWhatThePeerOwed() {
    CompletableFuture<List<BlockWithCertificate>> f = requests.request(peer, 1, 1);
    requests.peerGone(peer);
    assertThat(f).isCompletedExceptionally();
  }

  @Test
  void refusesRangesOutsideTheLimits() {
    assertThat(requests.request(peer, 0, 1)).isCompletedExceptionally();
    assertThat(requests.request(peer, 1, 129)).isCompletedExceptionally();
  }
}
