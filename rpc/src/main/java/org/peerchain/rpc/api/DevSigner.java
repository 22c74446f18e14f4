package org.peerchain.rpc.api;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;

/** Dev mode only: keys the node holds for eth_accounts and eth_sendTransaction. */
public interface DevSigner {
  List<Address> accounts();

  /** Signs for {@code chainId}; empty when {@code from} is not one of {@link #accounts()}. */
  Optional<Transaction> sign(Address from, UnsignedTransaction tx, long chainId);
}
