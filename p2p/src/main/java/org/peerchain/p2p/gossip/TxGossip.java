package org.peerchain.p2p.gossip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.peers.Penalizer;
import org.peerchain.p2p.protocol.GetTxs;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.NewTxHashes;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.Txs;
import org.peerchain.p2p.session.PeerSession;

/**
 * Transaction propagation as geth does it: full transactions are pushed to about sqrt(n) random
 * peers and announced by hash to the rest, who pull what they lack with GetTxs; transactions over
 * {@link #MAX_PUSH_BYTES} are only announced. With at most {@link #PUSH_TO_ALL_UP_TO} peers (a small
 * validator set, fully meshed) all of them get full transactions: each would pull the body anyway,
 * and pulling costs a round trip and a fetch slot per transaction, which under a submission burst
 * left each validator's pool holding mostly its own submissions and its proposals short. Nothing goes to a peer known to have it, and each
 * transaction reaches the node once.
 *
 * <p>Pulling is {@link TxFetcher}'s: one announcer is asked at a time and the next one when it
 * does not deliver in time; a request that brings none of its transactions costs its peer
 * {@link #UNANSWERED_PENALTY} points.
 */
public final class TxGossip {
  public static final int MAX_PUSH_BYTES = 4096;
  public static final int PUSH_TO_ALL_UP_TO = 4;
  /**
   * Small: an honest peer may have dropped a transaction between announcing and being asked
   * (a block included it, its pool evicted it), or may be too busy to serve; the fetcher reports a
   * peer at most once per timeout.
   */
  public static final int UNANSWERED_PENALTY = 2;
  /** Past the deadline, so that the timer finds the request overdue on the injected clock too. */
  private static final long TIMER_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final PeerRegistry peers;
  private final P2pHandler handler;
  private final ChainStatus chain;
  private final Random random;
  private final SeenCache seen;
  private final KnownHashes known;
  private final LongSupplier nanoTime;
  private final TxFetcher fetcher;
  private final Duration fetchTimeout;
  private final long timerNanos;
  private final Penalizer penalizer;

  /** Without penalties for unanswered requests, and with the default fetch limits. */
  public TxGossip(PeerRegistry peers, P2pHandler handler, ChainStatus chain, Random random, LongSupplier nanoTime,
      int seenCapacity, int knownPerPeer) {
    this(peers, handler, chain, random, nanoTime, seenCapacity, knownPerPeer, FetchLimits.DEFAULT,
        (peer, points, why) -> {});
  }

  public TxGossip(PeerRegistry peers, P2pHandler handler, ChainStatus chain, Random random, LongSupplier nanoTime,
      int seenCapacity, int knownPerPeer, FetchLimits fetchLimits, Penalizer penalizer) {
    this.peers = peers;
    this.handler = handler;
    this.chain = chain;
    this.random = random;
    this.seen = new SeenCache(seenCapacity);
    this.known = new KnownHashes(knownPerPeer);
    this.nanoTime = nanoTime;
    this.fetcher = new TxFetcher(fetchLimits);
    this.fetchTimeout = fetchLimits.timeout();
    this.timerNanos = fetchTimeout.toNanos() + TIMER_SLACK_NANOS;
    this.penalizer = penalizer;
  }

  public void announce(List<Transaction> txs) {
    txs.forEach(tx -> seen.add(tx.hash()));
    carryOut(fetcher.delivered(null, txs.stream().map(Transaction::hash).toList(), nanoTime.getAsLong()));
    List<PeerSession> sessions = new ArrayList<>(peers.sessions());
    Collections.shuffle(sessions, random);
    int push = pushCount(sessions.size());
    for (int i = 0; i < sessions.size(); i++) {
      PeerSession s = sessions.get(i);
      List<Transaction> full = new ArrayList<>();
      List<Hash> hashes = new ArrayList<>();
      for (Transaction tx : txs) {
        if (!known.mark(s.id(), tx.hash())) {
          continue;
        }
        if (i < push && TransactionEncoder.encode(tx).size() <= MAX_PUSH_BYTES) {
          full.add(tx);
        } else {
          hashes.add(tx.hash());
        }
      }
      sendTxs(s, full, true);
      for (List<Hash> batch : TxBatches.byCount(hashes, ProtocolLimits.MAX_HASHES)) {
        s.sendFrame(MessageCodec.encodeFrame(new NewTxHashes(batch)).toArray(), true);
      }
    }
  }

  /** How many of {@code peers} get full transactions rather than hashes. */
  static int pushCount(int peers) {
    return peers <= PUSH_TO_ALL_UP_TO ? peers : (int) Math.sqrt(peers);
  }

  public void onAnnouncement(PeerSession from, NewTxHashes m) {
    List<Hash> lacking = new ArrayList<>();
    for (Hash h : m.hashes()) {
      known.mark(from.id(), h);
      if (!seen.contains(h) && chain.pooledTx(h).isEmpty()) {
        lacking.add(h);
      }
    }
    carryOut(fetcher.announced(from.id(), lacking, nanoTime.getAsLong()));
  }

  public void onTransactions(PeerSession from, Txs m) {
    List<Transaction> fresh = new ArrayList<>();
    List<Hash> hashes = new ArrayList<>(m.transactions().size());
    for (Transaction tx : m.transactions()) {
      known.mark(from.id(), tx.hash());
      hashes.add(tx.hash());
      if (seen.add(tx.hash())) {
        fresh.add(tx);
      }
    }
    carryOut(fetcher.delivered(from.id(), hashes, nanoTime.getAsLong()));
    if (!fresh.isEmpty()) {
      Callbacks.safely("transactions", () -> handler.onTransactions(from.id(), List.copyOf(fresh)));
    }
  }

  public void forget(PeerId peer) {
    known.forget(peer);
    carryOut(fetcher.forget(peer, nanoTime.getAsLong()));
  }

  /**
   * Asks the next announcers for what overdue requests did not bring. Runs on a timer after each
   * request, and before each announcement, delivery and disconnect is handled.
   */
  public void expireRequests() {
    carryOut(fetcher.expire(nanoTime.getAsLong()));
  }

  private void carryOut(FetchPlan plan) {
    if (plan.isEmpty()) {
      return;
    }
    for (PeerId peer : plan.unanswered()) {
      peers.get(peer).ifPresent(s -> penalizer.penalize(s, UNANSWERED_PENALTY,
          "no transactions delivered for GetTxs within " + fetchTimeout));
    }
    plan.requests().forEach((peer, hashes) -> peers.get(peer).ifPresent(s -> {
      for (List<Hash> batch : TxBatches.byCount(hashes, ProtocolLimits.MAX_TX_REQUEST)) {
        s.send(new GetTxs(batch));
      }
      try {
        s.channel().eventLoop().schedule(this::expireRequests, timerNanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        // Shutting down: nothing will be fetched any more.
      }
    }));
  }

  /** Records that {@code peer} has the transaction (TxServer sent it), so it is not announced there. */
  public void markKnown(PeerId peer, Hash hash) {
    known.mark(peer, hash);
  }

  private static void sendTxs(PeerSession s, List<Transaction> txs, boolean droppable) {
    for (List<Transaction> batch : TxBatches.bySize(txs, ProtocolLimits.MAX_TXS, TxBatches.MAX_TXS_BYTES)) {
      s.sendFrame(MessageCodec.encodeFrame(new Txs(batch)).toArray(), droppable);
    }
  }
}
