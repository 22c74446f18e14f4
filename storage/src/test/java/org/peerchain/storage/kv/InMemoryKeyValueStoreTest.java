package org.peerchain.storage.kv;

import java.nio.file.Path;

class InMemoryKeyValueStoreTest extends KeyValueStoreContract {
  @Override
  protected KeyValueStore open(Path dir) {
    return StoreKind.IN_MEMORY.open(dir);
  }
}
