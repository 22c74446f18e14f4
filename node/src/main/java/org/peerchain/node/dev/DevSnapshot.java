package org.peerchain.node.dev;

import java.util.List;
import java.util.Objects;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.node.producer.DevMining;

/** What evm_revert restores: the head block, the mining mode and clock, and the pool's transactions. */
record DevSnapshot(long id, long number, Hash hash, DevMining.Settings mining, List<Transaction> pool) {
  DevSnapshot {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(mining, "mining");
    pool = List.copyOf(pool);
  }
}
