package org.peerchain.storage.state;

import java.nio.file.Path;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.schema.Schema;

/** Both store implementations over the peerchain schema. */
enum StateStores {
  IN_MEMORY {
    @Override
    KeyValueStore open(Path dir) {
      return InMemoryKeyValueStore.create(Schema.ALL);
    }
  },
  ROCKSDB {
    @Override
    KeyValueStore open(Path dir) {
      return RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults().withBlockCacheBytes(8 << 20), Schema.ALL);
    }
  };

  /** The in-memory store ignores {@code dir}. */
  abstract KeyValueStore open(Path dir);
}
