package org.peerchain.node.txpool;

import org.peerchain.core.types.Address;
import org.peerchain.storage.state.Account;

/**
 * The accounts at the chain head, as the pool checks nonces and balances against them
 * ({@code WorldState::account} fits). Must be safe to call from any thread.
 */
@FunctionalInterface
public interface AccountSource {
  /** The account at head; {@link Account#EMPTY} when it does not exist. */
  Account account(Address address);
}
