package org.peerchain.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.dev.DevChain;
import org.peerchain.storage.chain.ChainHead;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.state.SnapshotRetention;
import org.peerchain.storage.state.StatePruning;

class NodeStorageTest {
  private final Genesis genesis = DevChain.genesis(1337, DevChain.accounts(2), DevChain.ethToWei(BigInteger.TEN), 0,
      1_000, 1_700_000_000L, DevChain.DEFAULT_GAS_LIMIT);

  @Test
  void aStoreWithoutSyncedWritesKeepsItsChainAcrossACleanStop(@TempDir Path dir) {
    ChainHead head;
    try (NodeStorage storage = NodeStorage.open(dir, genesis, StatePruning.archive(), SnapshotRetention.NONE, kv -> {},
        RocksDbOptions.defaults().withSyncWrites(false))) {
      head = storage.chain.head();
    }
    try (NodeStorage reopened = NodeStorage.open(dir, genesis, StatePruning.archive())) {
      assertThat(reopened.chain.head()).isEqualTo(head);
      assertThat(reopened.chain.header(head.hash()).orElseThrow().gasLimit()).isEqualTo(DevChain.DEFAULT_GAS_LIMIT);
    }
  }
}
