package org.peerchain.storage.chain;

import java.nio.file.Path;
import org.peerchain.storage.kv.KeyValueStore;

class InMemoryChainStoreTest extends ChainStoreContract {
  @Override
  protected KeyValueStore open(Path dir) {
    return StoreKind.IN_MEMORY.open(dir);
  }
}
