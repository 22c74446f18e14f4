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

/** The RPC's view of the tx pool: submissions carry the pool's geth-worded answer through unchanged. */
public final class PoolSubmitter implements TxSubmitter {
  private final TxPool pool;
  private final Consumer<Address> ensureStored;

  public PoolSubmitter(TxPool pool) {
    this(pool, address -> {});
  }

  /**
   * @param ensureStored called with the sender and recipient before admission (and with the address
   *     before a pending nonce), so that a forked state fetches their paths on this RPC thread: not
   *     under the pool's lock, and not on the consensus thread when the block executes
   */
  public PoolSubmitter(TxPool pool, Consumer<Address> ensureStored) {
    this.pool = pool;
    this.ensureStored = ensureStored;
  }

  @Override
  public SubmitResult submit(Transaction tx) {
    tx.sender().ifPresent(ensureStored);
    tx.to().ifPresent(ensureStored);
    AddResult result = pool.add(tx);
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
