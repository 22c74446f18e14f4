package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.schema.Schema.BLOCK_HEADERS;
import static org.peerchain.storage.schema.Schema.CANONICAL;
import static org.peerchain.storage.schema.Schema.METADATA;
import static org.peerchain.storage.schema.Schema.RECEIPTS;
import static org.peerchain.storage.schema.Schema.TRIE_NODES;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.chain.ChainStoreException.Reason;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.MerklePatriciaTrie;

/** The checks that keep a node off a data directory it must not use. */
class ChainStoreStartupTest {
  private static final Hash OTHER = Hash.fromHexString("0x" + "ab".repeat(32));
  private final ChainBuilder.Genesis genesis = ChainBuilder.genesis();
  private final Block g = genesis.block();

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aHealthyStoreOpensAtItsHead(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      ChainStore store = open(kv);
      assertThat(store.head()).isEqualTo(new ChainHead(0, g.hash(), g.header().stateRoot()));
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void anEmptyStoreMustBeInitializedFirst(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = kind.open(dir)) {
      assertThat(ChainStore.isInitialized(kv)).isFalse();
      assertOpenFails(kv, Reason.NOT_INITIALIZED)
          .hasMessage("data directory holds no chain; initialize it with a genesis block first");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aStoreIsInitializedOnce(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      assertThatThrownBy(() -> ChainStore.initialize(kv, g, genesis.state()))
          .isInstanceOfSatisfying(ChainStoreException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_INITIALIZED))
          .hasMessage("data directory already holds a chain; open it instead of initializing it again");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void anotherChainsDataDirectoryIsRefused(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      assertThatThrownBy(() -> ChainStore.open(kv, OTHER, root -> true))
          .isInstanceOfSatisfying(ChainStoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ANOTHER_CHAIN))
          .hasMessage("data directory belongs to another chain: its genesis is " + g.hash() + ", this node's is "
              + OTHER);
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void anotherSchemaVersionIsRefused(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      write(kv, b -> b.put(METADATA, MetadataKeys.SCHEMA_VERSION, SchemaVersion.encode(Schema.VERSION + 1)));
      assertOpenFails(kv, Reason.SCHEMA_VERSION_MISMATCH).hasMessage("data directory has schema version "
          + (Schema.VERSION + 1) + ", but this peerchain reads schema version " + Schema.VERSION);
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aMissingHeadPointerIsReported(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      write(kv, b -> b.delete(METADATA, MetadataKeys.HEAD));
      assertOpenFails(kv, Reason.CORRUPT_HEAD).hasMessage("data directory is damaged: the head pointer is missing");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aHeadPointingAtAnUnknownBlockIsReported(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      write(kv, b -> BlockRows.putHead(b, new ChainHead(1, OTHER, g.header().stateRoot())));
      assertOpenFails(kv, Reason.CORRUPT_HEAD)
          .hasMessage("data directory is damaged: head block 1 " + OTHER + " is not the canonical block at its height");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aHeadWhoseStateRootIsNotItsHeadersIsReported(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      write(kv, b -> BlockRows.putHead(b, new ChainHead(0, g.hash(), OTHER)));
      assertOpenFails(kv, Reason.CORRUPT_HEAD).hasMessage("data directory is damaged: head block 0 " + g.hash()
          + " has number 0 and state root " + g.header().stateRoot()
          + " in its header, but the head pointer says state root " + OTHER);
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aHeadBlockWithMissingRowsIsReported(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      write(kv, b -> b.delete(RECEIPTS, g.hash()));
      assertOpenFails(kv, Reason.CORRUPT_HEAD)
          .hasMessage("data directory is damaged: head block 0 " + g.hash() + " has no body or no receipts");
      write(kv, b -> b.delete(BLOCK_HEADERS, g.hash()));
      assertOpenFails(kv, Reason.CORRUPT_HEAD)
          .hasMessage("data directory is damaged: head block 0 " + g.hash() + " has no header");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void canonicalBlocksBeyondTheHeadAreReported(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      write(kv, b -> b.put(CANONICAL, 1L, OTHER));
      assertOpenFails(kv, Reason.CORRUPT_HEAD)
          .hasMessage("data directory is damaged: the canonical index ends at 1, not at the head block 0 " + g.hash());
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aMissingHeadStateIsReported(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = initialized(kind, dir)) {
      write(kv, b -> b.delete(TRIE_NODES, g.header().stateRoot()));
      assertOpenFails(kv, Reason.STATE_MISSING).hasMessage("the world state of head block 0 (state root "
          + g.header().stateRoot() + ") is missing from the data directory");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void anInvalidGenesisIsNotWritten(StoreKind kind, @TempDir Path dir) {
    try (KeyValueStore kv = kind.open(dir)) {
      Block one = new Block(g.header().toBuilder().number(1).build(), BlockBody.EMPTY);
      assertGenesisRejected(kv, one, BlockRejectedException.Reason.INVALID_GENESIS,
          "genesis must be block 0, got block 1");
      Block otherRoot = new Block(g.header().toBuilder().stateRoot(OTHER).build(), BlockBody.EMPTY);
      assertGenesisRejected(kv, otherRoot, BlockRejectedException.Reason.STATE_ROOT_MISMATCH,
          "genesis declares state root " + OTHER + ", but its allocation leads to " + g.header().stateRoot());
      Block withTx = new Block(g.header(), new ChainBuilder(1, kv).next(new ChainHead(0, g.hash(), MerklePatriciaTrie.EMPTY_TRIE_ROOT), 1)
          .block().body());
      assertGenesisRejected(kv, withTx, BlockRejectedException.Reason.INVALID_GENESIS,
          "genesis must have no transactions, got 1");
      assertThat(ChainStore.isInitialized(kv)).isFalse();
    }
  }

  private void assertGenesisRejected(KeyValueStore kv, Block bad, BlockRejectedException.Reason reason,
      String message) {
    assertThatThrownBy(() -> ChainStore.initialize(kv, bad, genesis.state()))
        .isInstanceOfSatisfying(BlockRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessage(message);
  }

  private KeyValueStore initialized(StoreKind kind, Path dir) {
    KeyValueStore kv = kind.open(dir);
    ChainStore.initialize(kv, g, genesis.state());
    return kv;
  }

  private ChainStore open(KeyValueStore kv) {
    return ChainStore.open(kv, g.hash(), new TrieState(kv)::isAvailable);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertOpenFails(KeyValueStore kv, Reason reason) {
    return assertThatThrownBy(() -> open(kv))
        .isInstanceOfSatisfying(ChainStoreException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static void write(KeyValueStore kv, Consumer<WriteBatch> change) {
    try (WriteBatch batch = kv.newBatch()) {
      change.accept(batch);
      batch.commit();
    }
  }
}
