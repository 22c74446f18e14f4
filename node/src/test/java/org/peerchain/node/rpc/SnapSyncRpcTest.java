package org.peerchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.node.sync.snap.SnapSync;
import org.peerchain.rpc.api.SyncProgress;

class SnapSyncRpcTest {
  @Test
  void beforeAPivotIsChosenTheNodeStillSaysItIsSyncing() {
    SyncProgress p = SnapSyncRpc.syncing(Optional.empty());
    assertThat(p.highestBlock()).isZero();
    assertThat(p.snap()).hasValueSatisfying(s -> {
      assertThat(s.rangesTotal()).isZero();
      assertThat(s.etaSeconds()).isEmpty();
    });
  }

  @Test
  void mapsTheSyncsProgress() {
    SyncProgress p = SnapSyncRpc.syncing(Optional.of(
        new SnapSync.Progress(1000, 0.3, 31_000, 2_200_000, 3, Optional.of(Duration.ofSeconds(12)), 5, 16)));
    assertThat(p.highestBlock()).isEqualTo(1000);
    assertThat(p.currentBlock()).isZero();
    assertThat(p.snap()).hasValueSatisfying(s -> {
      assertThat(s.pivot()).isEqualTo(1000);
      assertThat(s.rangesDone()).isEqualTo(5);
      assertThat(s.rangesTotal()).isEqualTo(16);
      assertThat(s.accounts()).isEqualTo(31_000);
      assertThat(s.bytes()).isEqualTo(2_200_000);
      assertThat(s.peers()).isEqualTo(3);
      assertThat(s.etaSeconds()).hasValue(12);
    });
  }

  @Test
  void theInfoAnswersWithTheChainIdAndPeersOfTheSync() {
    var info = SnapSyncRpc.info(1337, () -> Optional.of(
        new SnapSync.Progress(1000, 0.3, 1, 1, 4, Optional.empty(), 0, 16)));
    assertThat(info.chainId()).isEqualTo(1337);
    assertThat(info.peerCount()).isEqualTo(4);
    assertThat(info.syncing()).isPresent();
  }
}
