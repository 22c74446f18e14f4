package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchain.storage.chain.ChainBuilder.Genesis;
import org.peerchain.storage.chain.ChainBuilder.NextBlock;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KeyRange;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;

/** A chain store that starts at a snap sync's pivot block and then follows the chain. */
class PivotInitializerTest {
  private final Genesis genesis = ChainBuilder.genesis();
  private final KeyValueStore source = InMemoryKeyValueStore.create(Schema.ALL);
  private final KeyValueStore target = InMemoryKeyValueStore.create(Schema.ALL);
  private ChainBuilder builder;
  private ChainStore chain;
  private NextBlock pivot;
  private NextBlock beforePivot;

  @BeforeEach
  void sourceChain() {
    builder = new ChainBuilder(5, source);
    chain = ChainStore.initialize(source, genesis.block(), genesis.state());
    for (int i = 0; i < 5; i++) {
      beforePivot = pivot;
      pivot = builder.next(chain.head(), 2);
      chain.commitBlock(pivot.block(), pivot.certificate(), pivot.receipts(), pivot.state());
    }
  }

  /** What a snap sync leaves: the pivot's state nodes, no chain. */
  private void importState() {
    try (WriteBatch batch = target.newBatch(); var nodes = source.stream(Schema.TRIE_NODES, KeyRange.all())) {
      nodes.forEach(row -> batch.put(Schema.TRIE_NODES, row.key(), row.value()));
      batch.commit();
    }
  }

  @Test
  void startsAtThePivotAndFollowsTheChain() {
    importState();
    TrieState state = new TrieState(target);
    ChainStore synced = ChainStore.initializeAtPivot(
        target, genesis.block(), pivot.block(), pivot.certificate(), pivot.receipts(), state::isAvailable);

    assertThat(synced.head().number()).isEqualTo(5);
    assertThat(synced.historyStart()).isEqualTo(5);
    assertThat(chain.historyStart()).isEqualTo(1);
    assertThat(synced.blockByNumber(3)).isEmpty();
    assertThat(synced.blockByNumber(0)).isPresent();
    assertThat(synced.certificate(pivot.block().hash())).contains(pivot.certificate());

    ChainStore reopened = ChainStore.open(target, genesis.block().hash(), state::isAvailable);
    NextBlock next = builder.next(chain.head(), 1);
    reopened.commitBlock(next.block(), next.certificate(), next.receipts(), next.state());
    assertThat(reopened.head().number()).isEqualTo(6);
  }

  @Test
  void refusesAPivotWhoseStateIsMissingOrWhosePartsDoNotFit() {
    TrieState state = new TrieState(target);
    assertThatThrownBy(() -> ChainStore.initializeAtPivot(
            target, genesis.block(), pivot.block(), pivot.certificate(), pivot.receipts(), state::isAvailable))
        .isInstanceOf(BlockRejectedException.class)
        .hasMessageContaining("import it first");
    importState();
    assertThatThrownBy(() -> ChainStore.initializeAtPivot(target, genesis.block(), pivot.block(),
            beforePivot.certificate(), pivot.receipts(), state::isAvailable))
        .isInstanceOf(BlockRejectedException.class);
    assertThatThrownBy(() -> ChainStore.initializeAtPivot(
            target, genesis.block(), pivot.block(), pivot.certificate(), List.of(), state::isAvailable))
        .isInstanceOf(BlockRejectedException.class);
    assertThat(ChainStore.isInitialized(target)).isFalse();
    assertThatThrownBy(() -> ChainStore.initializeAtPivot(
            source, genesis.block(), pivot.block(), pivot.certificate(), pivot.receipts(), state::isAvailable))
        .isInstanceOf(ChainStoreException.class);
  }
}
