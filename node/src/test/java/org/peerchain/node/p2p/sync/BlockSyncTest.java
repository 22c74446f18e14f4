package org.peerchain.node.p2p.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.node.p2p.BlockSource;
import org.peerchain.node.p2p.BlockWithCertificate;
import org.peerchain.node.p2p.FakeChain;
import org.peerchain.node.p2p.P2pFixtures;
import org.peerchain.node.p2p.PeerId;
import org.peerchain.node.p2p.PeerInfo;

class BlockSyncTest {
  private static final List<BlockWithCertificate> CHAIN = new FakeChain().withBlocks(1000).chain;

  /** Runs tasks one at a time when drained, as a single sync thread would. */
  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  private final Source source = new Source();
  private final Sink sink = new Sink();

  private void drain() {
    for (int i = 0; !tasks.isEmpty() && i < 1_000_000; i++) {
      tasks.poll().run();
    }
  }

  private BlockSync sync() {
    return new BlockSync(source, sink, tasks::add, 50, 2, 6);
  }

  record Request(PeerId peer, long from, int count) {}

  /** Peers that each answer by a rule; answers complete at once unless held. */
  static final class Source implements BlockSource {
    final List<PeerInfo> peers = new ArrayList<>();
    final Map<PeerId, Function<Request, List<BlockWithCertificate>>> behaviour = new HashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final List<PeerId> penalized = new ArrayList<>();
    final List<CompletableFuture<List<BlockWithCertificate>>> held = new ArrayList<>();
    boolean hold;

    void add(int key, long head, Function<Request, List<BlockWithCertificate>> answer) {
      PeerId id = P2pFixtures.id(key);
      peers.add(new PeerInfo(id, "127.0.0.1:1", Optional.empty(), true, false, head, Hash.ZERO, 0));
      behaviour.put(id, answer);
    }

    @Override
    public List<PeerInfo> peers() {
      return peers;
    }

    @Override
    public CompletableFuture<List<BlockWithCertificate>> requestBlocks(PeerId peer, long from, int count) {
      Request r = new Request(peer, from, count);
      requests.add(r);
      List<BlockWithCertificate> answer = behaviour.get(peer).apply(r);
      if (hold) {
        CompletableFuture<List<BlockWithCertificate>> f = new CompletableFuture<>();
        held.add(f);
        return f;
      }
      return answer == null ? CompletableFuture.failedFuture(new IllegalStateException("timeout"))
          : CompletableFuture.completedFuture(answer);
    }

    @Override
    public void penalize(PeerId peer, int points, String why) {
      penalized.add(peer);
    }
  }

  /** Applies blocks that extend its head; refuses others, as execution would. */
  static final class Sink implements BlockSink {
    final List<BlockWithCertificate> applied = new ArrayList<>();

    @Override
    public long headHeight() {
      return applied.size();
    }

    @Override
    public Optional<String> apply(BlockWithCertificate b) {
      assertThat(b.block().number()).isEqualTo(applied.size() + 1);
      Hash parent = applied.isEmpty() ? P2pFixtures.GENESIS : applied.get(applied.size() - 1).block().hash();
      if (!b.block().header().parentHash().equals(parent)) {
        return Optional.of("parent hash mismatch");
      }
      applied.add(b);
      return Optional.empty();
    }
  }

  private static List<BlockWithCertificate> honest(Request r) {
    return slice(CHAIN, r.from(), r.count());
  }

  private static List<BlockWithCertificate> slice(List<BlockWithCertificate> chain, long from, int count) {
    int start = (int) from - 1;
    return start >= chain.size() ? List.of() : chain.subList(start, (int) Math.min(chain.size(), start + count));
  }

  @Test
  void downloadsFromSeveralPeersAndAppliesInOrder() throws Exception {
    source.add(2, 1000, BlockSyncTest::honest);
    source.add(3, 1000, BlockSyncTest::honest);
    source.add(4, 1000, BlockSyncTest::honest);
    CompletableFuture<Long> done = sync().start();
    drain();
    assertThat(done.get()).isEqualTo(1000);
    assertThat(sink.applied).isEqualTo(CHAIN);
    for (PeerInfo p : source.peers) {
      assertThat(source.requests).filteredOn(r -> r.peer().equals(p.id())).hasSizeGreaterThan(3);
    }
    assertThat(source.requests).allMatch(r -> r.count() <= 50);
    assertThat(source.penalized).isEmpty();
  }

  @Test
  void shortAnswersAreCompletedByLaterRequests() throws Exception {
    source.add(2, 1000, r -> slice(CHAIN, r.from(), Math.min(7, r.count())));
    CompletableFuture<Long> done = sync().start();
    drain();
    assertThat(done.get()).isEqualTo(1000);
    assertThat(sink.applied).isEqualTo(CHAIN);
  }

  @Test
  void aPeerThatLacksOrTimesOutIsWorkedAround() throws Exception {
    source.add(2, 1000, r -> List.of());
    source.add(3, 1000, r -> null);
    source.add(4, 1000, BlockSyncTest::honest);
    CompletableFuture<Long> done = sync().start();
    drain();
    assertThat(done.get()).isEqualTo(1000);
    assertThat(sink.applied).isEqualTo(CHAIN);
  }

  @Test
  void anInvalidBlockCostsItsSenderAndIsFetchedElsewhere() throws Exception {
    // Peer 2 serves a fork from block 37 on: it fails the sink's parent check there.
    List<BlockWithCertificate> fork = new ArrayList<>(CHAIN.subList(0, 36));
    fork.add(FakeChain.block(37, Hash.ZERO));
    fork.addAll(CHAIN.subList(37, 1000));
    source.add(2, 1000, r -> slice(fork, r.from(), r.count()));
    source.add(3, 1000, BlockSyncTest::honest);
    CompletableFuture<Long> done = sync().start();
    drain();
    assertThat(done.get()).isEqualTo(1000);
    assertThat(sink.applied).isEqualTo(CHAIN);
    assertThat(source.penalized).contains(P2pFixtures.id(2)).doesNotContain(P2pFixtures.id(3));
  }

  @Test
  void stopsWhenNobodyDeliversAndReportsTheGap() throws Exception {
    source.add(2, 100, r -> List.of());
    BlockSync sync = sync();
    CompletableFuture<Long> done = sync.start();
    drain();
    assertThat(done.get()).isZero();
    assertThat(sync.progress()).isEqualTo(new SyncProgress(0, 0, 100));
    assertThat(sync.progress().syncing()).isTrue();
  }

  @Test
  void withoutPeersThereIsNothingToDo() throws Exception {
    CompletableFuture<Long> done = sync().start();
    drain();
    assertThat(done.get()).isZero();
  }

  @Test
  void requestsStayWithinTheInFlightLimitsWhileAnswersAreOutstanding() {
    source.add(2, 1000, BlockSyncTest::honest);
    source.add(3, 1000, BlockSyncTest::honest);
    source.add(4, 1000, BlockSyncTest::honest);
    source.add(5, 1000, BlockSyncTest::honest);
    source.hold = true;
    BlockSync sync = sync();
    sync.start();
    drain();
    // 6 in all, at most 2 per peer.
    assertThat(source.requests).hasSize(6);
    assertThat(source.requests.stream().map(Request::peer).distinct().count()).isGreaterThanOrEqualTo(3);
    assertThat(sync.start()).isNotDone();
  }
}
