package org.peerchain.rpc.params;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * An eth_getLogs / eth_newFilter criteria object. Peerchain blocks have no logs, so it is only
 * validated; it is kept whole so errors can be exact.
 *
 * @param topics per position, the accepted topics; an empty list at a position matches anything
 */
public record LogFilter(
    Optional<BlockParameter> fromBlock,
    Optional<BlockParameter> toBlock,
    Optional<Hash> blockHash,
    List<Address> addresses,
    List<List<Hash>> topics) {

  public LogFilter {
    addresses = List.copyOf(addresses);
    topics = topics.stream().map(List::copyOf).toList();
  }
}
