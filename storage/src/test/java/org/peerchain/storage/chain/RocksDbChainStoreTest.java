package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.storage.chain.ChainBuilder.NextBlock;
import org.peerchain.storage.kv.KeyValueStore;

class RocksDbChainStoreTest extends ChainStoreContract {
  @Override
  protected KeyValueStore open(Path dir) {
    return StoreKind.ROCKSDB.open(dir);
  }

  @Test
  void reopeningResumesAtTheHead() {
    List<NextBlock> committed = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      committed.add(commitNext(3));
    }
    store.putSignerState("last_signed", Bytes.of(4));
    ChainHead head = store.head();
    reopen();

    assertThat(store.head()).isEqualTo(head);
    for (NextBlock c : committed) {
      Block b = c.block();
      assertThat(store.blockByNumber(b.number())).contains(b);
      assertThat(store.certificate(b.hash())).contains(c.certificate());
      assertThat(store.receipt(b.transactions().get(2).hash())).contains(c.receipts().get(2));
    }
    assertThat(store.signerState("last_signed")).contains(Bytes.of(4));
    assertThat(commitNext(1).block().number()).isEqualTo(5);
  }

  @Test
  void aCommitIsDurableOnceItReturns() {
    NextBlock next = commitNext(2);
    reopen();
    assertThat(store.head().hash()).isEqualTo(next.block().hash());
  }

  private void reopen() {
    kv.close();
    kv = open(dir());
    builder = new ChainBuilder(43, kv);
    store = ChainStore.open(kv, genesis.block().hash(), builder.state()::isAvailable);
  }
}
