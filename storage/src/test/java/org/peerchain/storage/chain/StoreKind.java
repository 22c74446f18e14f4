package org.peerchain.storage.chain;

import java.nio.file.Path;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.schema.Schema;

/** Both key-value stores with peerchain's schema, for suites parameterized over them. */
enum StoreKind {
  IN_MEMORY {
    @Override
    KeyValueStore open(Path dir) {
      return InMemoryKeyValueStore.create(Schema.ALL);
    }
  },
  ROCKSDB {
    @Override
    KeyValueStore open(Path dir) {
      return openRocksDb(dir);
    }
  };

  /** Opens the store kept in {@code dir}; the in-memory store ignores it. */
  abstract KeyValueStore open(Path dir);

  static KeyValueStore openRocksDb(Path dir) {
    return RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults().withBlockCacheBytes(8 << 20), Schema.ALL);
  }
}
