package org.peerchain.storage.state;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;

/** Seeded test data and the commit sequence a chain store performs. */
final class Accounts {
  private Accounts() {}

  static Address address(int i) {
    byte[] bytes = new byte[Address.SIZE];
    bytes[0] = (byte) 0xaa;
    bytes[16] = (byte) (i >>> 24);
    bytes[17] = (byte) (i >>> 16);
    bytes[18] = (byte) (i >>> 8);
    bytes[19] = (byte) i;
    return Address.wrap(Bytes.wrap(bytes));
  }

  static Map<Address, Account> funded(int count, Random random) {
    Map<Address, Account> alloc = new HashMap<>();
    for (int i = 0; i < count; i++) {
      alloc.put(address(i), new Account(random.nextInt(3), UInt256.valueOf(1 + random.nextInt(1_000_000))));
    }
    return alloc;
  }

  /** Writes the commit in its own batch, then advances the world state, as the chain store does. */
  static void commit(KeyValueStore store, WorldState state, StateCommit commit) {
    try (WriteBatch batch = store.newBatch()) {
      commit.writeTo(batch);
      batch.commit();
    }
    state.onCommitted(commit);
  }
}
