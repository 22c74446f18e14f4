package org.peerchain.rpc.api;

import java.util.List;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** Transactions that touched an address (sender or recipient), by block order. */
public interface AddressHistory {
  /** One transaction of an address's history. */
  record Entry(long blockNumber, int txIndex, Hash txHash) {}

  /** Newest first: entries in blocks strictly below beforeBlock (Long.MAX_VALUE or head+1 = from the head), at most limit entries. */
  List<Entry> before(Address address, long beforeBlock, int limit);

  /** Oldest first: entries in blocks strictly above afterBlock, at most limit entries. */
  List<Entry> after(Address address, long afterBlock, int limit);
}
