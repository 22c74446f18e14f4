package org.peerchain.storage.kv;

import java.nio.file.Path;

/** Both implementations, for suites parameterized over them. */
enum StoreKind {
  IN_MEMORY {
    @Override
    KeyValueStore open(Path dir) {
      return InMemoryKeyValueStore.create(TestColumns.ALL);
    }
  },
  ROCKSDB {
    @Override
    KeyValueStore open(Path dir) {
      return RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults().withBlockCacheBytes(8 << 20), TestColumns.ALL);
    }
  };

  /** Opens the store kept in {@code dir}; the in-memory store ignores it. */
  abstract KeyValueStore open(Path dir);
}
