package org.peerchain.rpc.api;

import java.util.Optional;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** The transaction pool as the RPC sees it. Implemented by the node; calls must not block for long. */
public interface TxSubmitter {
  /** Validates and pools a decoded transaction; a rejection carries geth's error text. */
  SubmitResult submit(Transaction tx);

  /** The next nonce for {@code sender} counting its pooled transactions; its account nonce when none. */
  long pendingNonce(Address sender);

  PoolStatus status();

  PoolContent content();

  /** A pooled (not yet mined) transaction. */
  Optional<Transaction> pendingTransaction(Hash hash);
}
