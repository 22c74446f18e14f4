package org.peerchain.rpc.api;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;

/** txpool_content: per sender, per nonce, the pooled transactions. */
public record PoolContent(
    Map<Address, SortedMap<Long, Transaction>> pending, Map<Address, SortedMap<Long, Transaction>> queued) {
  public static final PoolContent EMPTY = new PoolContent(Map.of(), Map.of());

  public PoolContent {
    pending = copy(pending);
    queued = copy(queued);
  }

  private static Map<Address, SortedMap<Long, Transaction>> copy(Map<Address, SortedMap<Long, Transaction>> in) {
    TreeMap<Address, SortedMap<Long, Transaction>> out = new TreeMap<>();
    in.forEach((sender, txs) -> out.put(sender, Collections.unmodifiableSortedMap(new TreeMap<>(txs))));
    return Collections.unmodifiableMap(out);
  }
}
