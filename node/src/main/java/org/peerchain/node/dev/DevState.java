package org.peerchain.node.dev;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.state.Account;

/**
 * A dev chain's state as anvil_dumpState writes it and anvil_loadState reads it: the chain it is of,
 * the block it was taken at (for the reader's information), and every account.
 */
public record DevState(long chainId, long blockNumber, Hash blockHash, long timestamp,
    SortedMap<Address, Account> accounts) {
  public DevState {
    Objects.requireNonNull(blockHash, "blockHash");
    accounts = Collections.unmodifiableSortedMap(new TreeMap<>(accounts));
  }
}
