package org.peerchain.node.lifecycle;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.block.Block;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.node.fork.ForkedChain;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.SnapshotRetention;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the data directory's database: a new one gets genesis, an existing one is checked to be
 * this chain's (genesis hash, schema version, head state present) before anything uses it.
 */
final class NodeStorage implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeStorage.class);

  final KeyValueStore kv;
  final WorldState state;
  final ChainStore chain;

  private NodeStorage(KeyValueStore kv, WorldState state, ChainStore chain) {
    this.kv = kv;
    this.state = state;
    this.chain = chain;
  }

  static NodeStorage open(Path dataDir, Genesis genesis, StatePruning pruning) {
    return open(dataDir, genesis, pruning, SnapshotRetention.NONE, kv -> {}, RocksDbOptions.defaults());
  }

  /**
   * As above, keeping the states {@code snapshots} names readable for peers; {@code beforeGenesis} is given a store that holds no chain yet before genesis is
   * written to it, and may start the chain elsewhere (snap sync).
   */
  static NodeStorage open(Path dataDir, Genesis genesis, StatePruning pruning, SnapshotRetention snapshots,
      Consumer<KeyValueStore> beforeGenesis, RocksDbOptions storeOptions) {
    KeyValueStore kv = RocksDbKeyValueStore.open(dataDir.resolve("db"), storeOptions, Schema.ALL);
    try {
      if (!ChainStore.isInitialized(kv)) {
        beforeGenesis.accept(kv);
      }
      WorldState state = WorldState.open(kv, pruning, snapshots);
      ChainStore chain;
      if (ChainStore.isInitialized(kv)) {
        Hash genesisHash = GenesisBlock.hash(genesis);
        chain = ChainStore.open(kv, genesisHash, state::isAvailable);
        LOG.info("Opened chain at {}: head #{} {}", dataDir, chain.head().number(), chain.head().hash());
      } else {
        GenesisBlock.Result built = GenesisBlock.build(genesis, state);
        chain = ChainStore.initialize(kv, built.block(), built.state());
        state.onCommitted(built.state());
        LOG.info("Created chain {} at {}: genesis {}", genesis.chainId(), dataDir, built.block().hash());
      }
      return new NodeStorage(kv, state, chain);
    } catch (RuntimeException e) {
      kv.close();
      throw e;
    }
  }

  /**
   * The local chain on top of a fork: a lazily filled world state over the forked state root, with
   * the dev validator's path proven up front (it earns every block's tips, so block execution
   * needs it) and, on a new store, the fork's block 0. A kept directory must hold the same fork.
   */
  static NodeStorage openFork(Path dataDir, ForkedChain fork, StatePruning pruning, RocksDbOptions storeOptions) {
    KeyValueStore kv = RocksDbKeyValueStore.open(dataDir.resolve("db"), storeOptions, Schema.ALL);
    try {
      WorldState state = WorldState.openLazy(kv, pruning, fork.paths());
      Block blockZero = fork.localBlockZero();
      ChainStore chain;
      if (ChainStore.isInitialized(kv)) {
        Optional<Hash> stored = kv.get(Schema.METADATA, MetadataKeys.GENESIS_HASH).map(Hash::wrap);
        if (stored.isPresent() && !stored.get().equals(blockZero.hash())) {
          throw new IllegalStateException("data directory " + dataDir + " holds another fork (local block 0 "
              + stored.get() + "); this start forks block " + fork.point().number() + ": pass the --fork-block and "
              + "upstream it was made with, or use another --data-dir");
        }
        chain = ChainStore.open(kv, blockZero.hash(), state::isAvailable);
        LOG.info("Opened fork at {}: head #{} {}", dataDir, chain.head().number(), chain.head().hash());
      } else {
        Address validator = fork.localGenesis().validators().get(0).address();
        StateCommit base = state.forkBase(blockZero.header().stateRoot(), fork.paths().path(validator));
        chain = ChainStore.initialize(kv, blockZero, base);
        state.onCommitted(base);
        LOG.info("Created fork of block #{} at {}: local block 0 {}", fork.point().number(), dataDir, blockZero.hash());
      }
      return new NodeStorage(kv, state, chain);
    } catch (RuntimeException e) {
      kv.close();
      throw e;
    }
  }

  @Override
  public void close() {
    kv.close();
  }
}
