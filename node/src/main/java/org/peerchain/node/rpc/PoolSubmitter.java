package org.peerchain.node.rpc;

import java.util.Optional;
import java.util.function.Consumer;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.node.txpool.AddResult;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.rpc.api.PoolContent;
import org.peerchain.rpc.api.PoolStatus;
import org.peerchain.rpc.api.SubmitResult;
import org.peerchain.rpc.api.TxSubmitter;

/**
 * The RPC's view of the tx pool: submissions carry the pool's geth-worded answer through unchanged.
 * Admission (sender recovery, state reads, the pool's checks) passes a {@link SubmissionGate}, so a
 * burst of submissions cannot take the cores consensus needs; beyond its limits the answer is
 * "limit exceeded" (-32005) at once.
 */
public final class PoolSubmitter implements TxSubmitter {
  private final TxPool pool;
  private final Consumer<Address> ensureStored;
  private final SubmissionGate gate;

  public PoolSubmitter(TxPool pool) {
    this(pool, address -> {});
  }

  /** As a chain's only validator admits: all cores, no backlog bound beyond the pool's own. */
  public PoolSubmitter(TxPool pool, Consumer<Address> ensureStored) {
    this(pool, ensureStored, 1);
  }

  /** @param validators how many validators the chain has: beside others, admission leaves them room */
  public PoolSubmitter(TxPool pool, Consumer<Address> ensureStored, int validators) {
    this(pool, ensureStored, SubmissionGate.Limits.forChain(pool.blockGasLimit(), validators));
  }

  /**
   * @param ensureStored called with the sender and recipient before admission (and with the address
   *     before a pending nonce), so that a forked state fetches their paths on this RPC thread: not
   *     under the pool's lock, and not on the consensus thread when the block executes
   */
  PoolSubmitter(TxPool pool, Consumer<Address> ensureStored, SubmissionGate.Limits limits) {
    this.pool = pool;
    this.ensureStored = ensureStored;
    this.gate = new SubmissionGate(limits, () -> pool.status().pending());
  }

  @Override
  public SubmitResult submit(Transaction tx) {
    AddResult result;
    try (SubmissionGate.Turn turn = gate.enter()) {
      tx.sender().ifPresent(ensureStored);
      tx.to().ifPresent(ensureStored);
      result = pool.add(tx);
    } catch (SubmissionGate.Refused e) {
      return SubmitResult.limitExceeded(e.getMessage());
    }
    if (result instanceof AddResult.Rejected rejected) {
      return SubmitResult.rejected(rejected.message());
    }
    return SubmitResult.accepted(tx.hash());
  }

  @Override
  public long pendingNonce(Address sender) {
    ensureStored.accept(sender);
    return pool.pendingNonce(sender);
  }

  @Override
  public PoolStatus status() {
    var status = pool.status();
    return new PoolStatus(status.pending(), status.queued());
  }

  @Override
  public PoolContent content() {
    return new PoolContent(pool.pending(), pool.queued());
  }

  @Override
  public Optional<Transaction> pendingTransaction(Hash hash) {
    return pool.get(hash);
  }
}
