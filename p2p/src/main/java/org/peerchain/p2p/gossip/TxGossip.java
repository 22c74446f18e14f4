package org.peerchain.p2p.gossip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.protocol.GetTxs;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.NewTxHashes;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.Txs;
import org.peerchain.p2p.session.PeerSession;

/**
 * Transaction propagation as geth does it: full transactions are pushed to about sqrt(n) random
 * peers and announced by hash to the rest, who pull what they lack with GetTxs; transactions over
 * {@link #MAX_PUSH_BYTES} are only announced. Nothing goes to a peer known to have it, and each
 * transaction reaches the node once.
 */
public final class TxGossip {
  public static final int MAX_PUSH_BYTES = 4096;

  private final PeerRegistry peers;
  private final P2pHandler handler;
  private final ChainStatus chain;
  private final Random random;
  private final SeenCache seen;
  private final KnownHashes known;
  private final TxRequests requests;

  public TxGossip(PeerRegistry peers, P2pHandler handler, ChainStatus chain, Random random, LongSupplier nanoTime,
      int seenCapacity, int knownPerPeer) {
    this.peers = peers;
    this.handler = handler;
    this.chain = chain;
    this.random = random;
    this.seen = new SeenCache(seenCapacity);
    this.known = new KnownHashes(knownPerPeer);
    this.requests = new TxRequests(seenCapacity, Duration.ofSeconds(5), nanoTime);
  }

  public void announce(List<Transaction> txs) {
    txs.forEach(tx -> seen.add(tx.hash()));
    List<PeerSession> sessions = new ArrayList<>(peers.sessions());
    Collections.shuffle(sessions, random);
    int push = (int) Math.sqrt(sessions.size());
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

  public void onAnnouncement(PeerSession from, NewTxHashes m) {
    List<Hash> wanted = new ArrayList<>();
    for (Hash h : m.hashes()) {
      known.mark(from.id(), h);
      if (!seen.contains(h) && chain.pooledTx(h).isEmpty() && requests.tryRequest(h)) {
        wanted.add(h);
      }
    }
    for (List<Hash> batch : TxBatches.byCount(wanted, ProtocolLimits.MAX_TX_REQUEST)) {
      from.send(new GetTxs(batch));
    }
  }

  public void onTransactions(PeerSession from, Txs m) {
    List<Transaction> fresh = new ArrayList<>();
    for (Transaction tx : m.transactions()) {
      known.mark(from.id(), tx.hash());
      requests.received(tx.hash());
      if (seen.add(tx.hash())) {
        fresh.add(tx);
      }
    }
    if (!fresh.isEmpty()) {
      Callbacks.safely("transactions", () -> handler.onTransactions(from.id(), List.copyOf(fresh)));
    }
  }

  public void forget(PeerId peer) {
    known.forget(peer);
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
