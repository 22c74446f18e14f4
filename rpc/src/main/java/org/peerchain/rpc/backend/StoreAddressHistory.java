package org.peerchain.rpc.backend;

import java.util.List;
import java.util.Objects;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.storage.chain.AddressTx;
import org.peerchain.storage.chain.ChainView;

/**
 * {@link AddressHistory} over the chain store's address index. The index is written in each
 * block's batch, so an entry is never visible before its block, receipt and transaction index.
 * A negative limit is the caller's bug; the RPC methods bound limits before they get here.
 */
public final class StoreAddressHistory implements AddressHistory {
  private final ChainView chain;

  public StoreAddressHistory(ChainView chain) {
    this.chain = Objects.requireNonNull(chain, "chain");
  }

  @Override
  public List<Entry> before(Address address, long beforeBlock, int limit) {
    return entries(chain.addressHistoryBefore(Objects.requireNonNull(address, "address"), beforeBlock, limit));
  }

  @Override
  public List<Entry> after(Address address, long afterBlock, int limit) {
    return entries(chain.addressHistoryAfter(Objects.requireNonNull(address, "address"), afterBlock, limit));
  }

  private static List<Entry> entries(List<AddressTx> rows) {
    return rows.stream().map(r -> new Entry(r.blockNumber(), r.txIndex(), r.txHash())).toList();
  }
}
