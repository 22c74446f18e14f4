package org.peerchain.p2p.gossip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.gossip.SessionFixtures.admitted;
import static org.peerchain.p2p.gossip.SessionFixtures.written;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.peerchain.core.tx.Transaction;
import org.peerchain.p2p.FakeChain;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.RecordingHandler;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.protocol.GetTxs;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.NewTxHashes;
import org.peerchain.p2p.protocol.Txs;
import org.peerchain.p2p.session.PeerSession;

class TxGossipTest {
  private static final long FIVE_SECONDS = 5_000_000_000L;
  private final PeerRegistry registry = new PeerRegistry(P2pFixtures.id(1), 40, 20);
  private final RecordingHandler handler = new RecordingHandler();
  private final FakeChain chain = new FakeChain();
  private final AtomicLong now = new AtomicLong();
  private final List<String> penalties = new ArrayList<>();
  private final TxGossip gossip = new TxGossip(registry, handler, chain, new Random(7), now::get, 1000, 1000,
      FetchLimits.DEFAULT, (peer, points, why) -> penalties.add(peer.id().shortId() + " " + points + " " + why));
  private final Transaction tx = FakeChain.tx(0);

  @Test
  void pushesFullTransactionsToSqrtOfThePeersAndHashesToTheRest() {
    List<PeerSession> sessions = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      sessions.add(admitted(registry, 10 + i));
    }
    gossip.announce(List.of(tx));
    int full = 0;
    int hashes = 0;
    for (PeerSession s : sessions) {
      List<Message> out = written(s);
      assertThat(out).hasSize(1);
      if (out.get(0) instanceof Txs t) {
        assertThat(t.transactions()).containsExactly(tx);
        full++;
      } else {
        assertThat(out.get(0)).isEqualTo(new NewTxHashes(List.of(tx.hash())));
        hashes++;
      }
    }
    assertThat(full).isEqualTo(3);
    assertThat(hashes).isEqualTo(6);
    // Announcing again sends nothing: every peer knows it now.
    gossip.announce(List.of(tx));
    sessions.forEach(s -> assertThat(written(s)).isEmpty());
  }

  @Test
  void aSmallMeshGetsFullTransactionsOnly() {
    List<PeerSession> sessions = new ArrayList<>();
    for (int i = 0; i < TxGossip.PUSH_TO_ALL_UP_TO; i++) {
      sessions.add(admitted(registry, 10 + i));
    }
    gossip.announce(List.of(tx));
    for (PeerSession s : sessions) {
      assertThat(written(s)).singleElement().isInstanceOfSatisfying(Txs.class,
          t -> assertThat(t.transactions()).containsExactly(tx));
    }
    assertThat(TxGossip.pushCount(TxGossip.PUSH_TO_ALL_UP_TO + 1)).isEqualTo(2);
  }

  @Test
  void pullsAnnouncedTransactionsItLacksOnce() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    gossip.onAnnouncement(a, new NewTxHashes(List.of(tx.hash())));
    assertThat(written(a)).containsExactly(new GetTxs(List.of(tx.hash())));
    // Announced by another peer while the request is out: not asked twice.
    gossip.onAnnouncement(b, new NewTxHashes(List.of(tx.hash())));
    assertThat(written(b)).isEmpty();
    // After the retry delay a silent first peer no longer holds it up.
    now.addAndGet(6_000_000_000L);
    gossip.onAnnouncement(b, new NewTxHashes(List.of(tx.hash())));
    assertThat(written(b)).containsExactly(new GetTxs(List.of(tx.hash())));
  }

  @Test
  void doesNotAskForPooledTransactions() {
    PeerSession a = admitted(registry, 2);
    chain.pool.put(tx.hash(), tx);
    gossip.onAnnouncement(a, new NewTxHashes(List.of(tx.hash())));
    assertThat(written(a)).isEmpty();
  }

  @Test
  void aTransactionServedToAPeerIsNotAnnouncedToItAgain() {
    PeerSession a = admitted(registry, 2);
    gossip.markKnown(a.id(), tx.hash());
    gossip.announce(List.of(tx));
    assertThat(written(a)).isEmpty();
  }

  @Test
  void deliversEachTransactionOnceAndNeverSendsItBackToItsSender() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    gossip.onTransactions(a, new Txs(List.of(tx)));
    gossip.onTransactions(b, new Txs(List.of(tx)));
    assertThat(handler.transactions).hasSize(1);
    assertThat(handler.transactions.get(0).from()).isEqualTo(a.id());
    // The node accepted it and re-announces: neither a nor b sent... both already have it.
    gossip.announce(List.of(tx));
    assertThat(written(a)).isEmpty();
    assertThat(written(b)).isEmpty();
  }

  @Test
  void asksTheNextAnnouncerWhenTheAskedOneDoesNotDeliverAndChargesTheSilentOne() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    gossip.onAnnouncement(a, new NewTxHashes(List.of(tx.hash())));
    gossip.onAnnouncement(b, new NewTxHashes(List.of(tx.hash())));
    assertThat(written(a)).containsExactly(new GetTxs(List.of(tx.hash())));
    assertThat(written(b)).isEmpty();

    now.addAndGet(FIVE_SECONDS - 1);
    gossip.expireRequests();
    assertThat(written(b)).isEmpty();
    now.addAndGet(1);
    gossip.expireRequests();

    assertThat(written(b)).containsExactly(new GetTxs(List.of(tx.hash())));
    assertThat(penalties).singleElement().asString()
        .startsWith(a.id().shortId() + " " + TxGossip.UNANSWERED_PENALTY + " no transactions delivered");
    // b delivers in time: it costs nothing, and nobody is asked again.
    gossip.onTransactions(b, new Txs(List.of(tx)));
    now.addAndGet(FIVE_SECONDS);
    gossip.expireRequests();
    assertThat(handler.transactions).singleElement().satisfies(r -> assertThat(r.from()).isEqualTo(b.id()));
    assertThat(penalties).hasSize(1);
    assertThat(written(a)).isEmpty();
  }

  @Test
  void aTransactionPushedByAnotherPeerEndsTheFetchAtNoCost() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    gossip.onAnnouncement(a, new NewTxHashes(List.of(tx.hash())));
    gossip.onAnnouncement(b, new NewTxHashes(List.of(tx.hash())));
    written(a);

    gossip.onTransactions(b, new Txs(List.of(tx)));
    now.addAndGet(2 * FIVE_SECONDS);
    gossip.expireRequests();

    assertThat(written(a)).isEmpty();
    assertThat(written(b)).isEmpty();
    assertThat(penalties).isEmpty();
  }

  @Test
  void anAnswerWithoutTheAskedTransactionsCountsAsNoAnswer() {
    PeerSession a = admitted(registry, 2);
    gossip.onAnnouncement(a, new NewTxHashes(List.of(tx.hash())));
    gossip.onTransactions(a, new Txs(List.of(FakeChain.tx(1))));

    now.addAndGet(FIVE_SECONDS);
    gossip.expireRequests();

    assertThat(penalties).hasSize(1);
  }

  @Test
  void ourOwnTransactionEndsItsFetch() {
    PeerSession a = admitted(registry, 2);
    gossip.onAnnouncement(a, new NewTxHashes(List.of(tx.hash())));
    written(a);

    gossip.announce(List.of(tx));
    now.addAndGet(FIVE_SECONDS);
    gossip.expireRequests();

    assertThat(penalties).isEmpty();
  }

  @Test
  void aDisconnectedAnnouncerIsReplacedAtOnceWithoutCost() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    gossip.onAnnouncement(a, new NewTxHashes(List.of(tx.hash())));
    gossip.onAnnouncement(b, new NewTxHashes(List.of(tx.hash())));

    gossip.forget(a.id());

    assertThat(written(b)).containsExactly(new GetTxs(List.of(tx.hash())));
    assertThat(penalties).isEmpty();
  }

  @Test
  void aTimerOnTheAskedPeersChannelMovesTheRequestOn() {
    PeerSession a = admitted(registry, 2);
    PeerSession b = admitted(registry, 3);
    EmbeddedChannel ch = (EmbeddedChannel) a.channel();
    ch.freezeTime();
    gossip.onAnnouncement(a, new NewTxHashes(List.of(tx.hash())));
    gossip.onAnnouncement(b, new NewTxHashes(List.of(tx.hash())));

    now.addAndGet(FIVE_SECONDS + TimeUnit.MILLISECONDS.toNanos(50));
    ch.advanceTimeBy(FIVE_SECONDS + TimeUnit.MILLISECONDS.toNanos(50), TimeUnit.NANOSECONDS);
    ch.runScheduledPendingTasks();

    assertThat(written(b)).containsExactly(new GetTxs(List.of(tx.hash())));
  }
}
