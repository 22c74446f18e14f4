package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.storage.chain.ChainBuilder.NextBlock;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.schema.Schema;

class RecentBlocksTest {
  private final InMemoryKeyValueStore kv = InMemoryKeyValueStore.create(Schema.ALL);
  private final ChainBuilder builder = new ChainBuilder(7, kv);
  private final ChainBuilder.Genesis genesis = ChainBuilder.genesis();

  /** Blocks committed to a store of their own (each builds on its parent's stored state). */
  private List<NextBlock> chain(int blocks, int txsEach) {
    ChainStore store = ChainStore.initialize(kv, genesis.block(), genesis.state());
    List<NextBlock> out = new ArrayList<>();
    for (int i = 0; i < blocks; i++) {
      NextBlock next = builder.next(store.head(), txsEach);
      store.commitBlock(next.block(), next.certificate(), next.receipts(), next.state());
      out.add(next);
    }
    return out;
  }

  @Test
  void keepsTheLastBlocksUpToItsBlockBound() {
    RecentBlocks recent = new RecentBlocks();
    List<NextBlock> blocks = chain(RecentBlocks.MAX_BLOCKS + 2, 0);
    blocks.forEach(b -> recent.add(b.block(), b.receipts()));

    assertThat(recent.block(blocks.get(0).block().hash())).isEmpty();
    assertThat(recent.block(blocks.get(1).block().hash())).isEmpty();
    Block last = blocks.get(blocks.size() - 1).block();
    assertThat(recent.block(last.hash())).containsSame(last);
    assertThat(recent.receipts(last.hash())).contains(blocks.get(blocks.size() - 1).receipts());
  }

  @Test
  void clearForgetsEveryBlock() {
    RecentBlocks recent = new RecentBlocks();
    List<NextBlock> blocks = chain(3, 2);
    blocks.forEach(b -> recent.add(b.block(), b.receipts()));
    assertThat(recent.block(blocks.get(0).block().hash())).isPresent();

    recent.clear();

    for (NextBlock b : blocks) {
      assertThat(recent.block(b.block().hash())).isEmpty();
      assertThat(recent.receipts(b.block().hash())).isEmpty();
    }
  }
}
