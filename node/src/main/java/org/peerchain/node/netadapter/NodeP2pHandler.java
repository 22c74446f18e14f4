package org.peerchain.node.netadapter;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.node.sync.BlockSync;
import org.peerchain.node.txpool.AddResult;
import org.peerchain.node.txpool.RejectReason;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.api.Validation;
import org.peerchain.p2p.identity.PeerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What peers send, handed to the node: consensus messages to be checked before relay, transactions to
 * the pool, head announcements to sync. Runs on network threads and never blocks: the engine's
 * loop and the pool each take their input through a queue or a short lock.
 */
final class NodeP2pHandler implements org.peerchain.p2p.api.P2pHandler {
  private static final Logger LOG = LoggerFactory.getLogger(NodeP2pHandler.class);
  static final int INVALID_TX_PENALTY = 5;
  /** Gossiped batches of one peer waiting for admission; beyond this its batches are dropped. */
  static final int BATCHES_PER_PEER = 16;
  /** Bytes of gossiped transactions waiting for admission from all peers together. */
  static final long QUEUED_BYTES = 64L << 20;
  /** A batch in which every transaction is from a sender that cannot pay: no honest pool relays those. */
  static final int UNFUNDED_BATCH_PENALTY = 5;

  /** Charges a peer for its own fault. */
  @FunctionalInterface
  interface PeerPenalty {
    void charge(PeerId peer, int points, String why);
  }

  private final ConsensusValidation consensus;
  private final TxPool pool;
  private final Executor admission;
  private final AdmissionBudget budget;
  // The network calls this handler from the moment it starts, before the two below exist.
  private volatile BlockSync sync;
  private volatile PeerPenalty penalty;

  /**
   * @param admission where gossiped transactions are validated and pooled (sender recovery is the
   *     costly part): off the network threads, and bounded, so a flood cannot take the CPU from consensus
   */
  NodeP2pHandler(ConsensusValidation consensus, TxPool pool, Executor admission) {
    this.consensus = consensus;
    this.pool = pool;
    this.admission = admission;
    this.budget = new AdmissionBudget(BATCHES_PER_PEER, QUEUED_BYTES);
  }

  /** @param sync null for a node that does not sync (tests) */
  void attach(PeerPenalty penalty, BlockSync sync) {
    this.penalty = penalty;
    this.sync = sync;
  }

  private void penalize(PeerId peer, int points, String why) {
    PeerPenalty p = penalty;
    if (p != null) {
      p.charge(peer, points, why);
    }
  }

  @Override
  public void onConsensusMessage(PeerId from, byte[] message, Consumer<Validation> verdict) {
    consensus.submit(from, message, verdict);
  }

  @Override
  public void onTransactions(PeerId from, List<Transaction> transactions) {
    long size = AdmissionBudget.sizeOf(transactions);
    if (!budget.reserve(from, size)) {
      // This peer's batches (or everyone's bytes) already wait: dropped, as a full pool would; others still have them.
      LOG.debug("Admission budget spent; dropped {} gossiped transactions from {}", transactions.size(), from.shortId());
      return;
    }
    try {
      admission.execute(() -> {
        try {
          admit(from, transactions);
        } finally {
          budget.release(from, size);
        }
      });
    } catch (RejectedExecutionException e) {
      budget.release(from, size);
      LOG.debug("Admission queue full; dropped {} gossiped transactions from {}", transactions.size(), from.shortId());
    }
  }

  private void admit(PeerId from, List<Transaction> transactions) {
    int unfunded = 0;
    for (Transaction tx : transactions) {
      AddResult result = pool.add(tx);
      if (!(result instanceof AddResult.Rejected rejected) || rejected.reason() != RejectReason.INVALID) {
        continue;
      }
      // Gossip brings known and outdated transactions all the time; only a wrong one is the sender's fault.
      if (rejected.ledgerReason().map(NodeP2pHandler::isSendersFault).orElse(false)) {
        penalize(from, INVALID_TX_PENALTY, "invalid transaction: " + rejected.message());
      } else if (rejected.ledgerReason().filter(r -> r == TxRejection.Reason.INSUFFICIENT_FUNDS).isPresent()) {
        unfunded++;
      }
    }
    // One unfunded transaction may be a balance spent in a block the peer has not seen yet; a whole batch is a flood.
    if (!transactions.isEmpty() && unfunded == transactions.size()) {
      penalize(from, UNFUNDED_BATCH_PENALTY, transactions.size() + " transactions from senders that cannot pay");
    }
  }

  private static boolean isSendersFault(TxRejection.Reason reason) {
    return switch (reason) {
      case INVALID_CHAIN_ID, INVALID_SIGNATURE_VALUES, INVALID_SENDER, TIP_ABOVE_FEE_CAP, GAS_PRICE_PRODUCT_OVERFLOW,
          INTRINSIC_GAS_TOO_LOW, CONTRACT_CREATION_NOT_SUPPORTED, UNPROTECTED_TRANSACTION -> true;
      default -> false;
    };
  }

  @Override
  public void onNewBlock(PeerId from, long height, Hash hash) {
    BlockSync s = sync;
    if (s != null) {
      s.onPeerHead(from, height);
    }
  }

  @Override
  public void onPeerConnected(PeerInfo peer) {
    BlockSync s = sync;
    if (s != null) {
      s.onPeerHead(peer.id(), peer.headHeight());
    }
  }

  @Override
  public void onPeerDisconnected(PeerInfo peer) {
    BlockSync s = sync;
    if (s != null) {
      s.onPeerGone(peer.id());
    }
  }
}
