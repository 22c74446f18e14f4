package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peerchain.core.types.UInt256;

class TxPoolConfigTest {
  @Test
  void defaultsAreGethLike() {
    TxPoolConfig c = TxPoolConfig.DEFAULT;
    assertThat(c.priceBumpPercent()).isEqualTo(10);
    assertThat(c.maxQueuedPerSender()).isEqualTo(64);
    assertThat(c.maxTxBytes()).isEqualTo(128 * 1024);
    assertThat(c.minTip()).isEqualTo(UInt256.ZERO);
    assertThat(c.maxPending()).isEqualTo(10_000);
    assertThat(c.maxQueued()).isEqualTo(5_000);
  }

  @Test
  void nonsenseLimitsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> TxPoolConfig.DEFAULT.withLimits(0, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxPending must be positive, got 0");
    assertThatThrownBy(() -> TxPoolConfig.DEFAULT.withBytes(10, 100))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes (10)");
    assertThatThrownBy(() -> TxPoolConfig.DEFAULT.withFullSweepInterval(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fullSweepInterval");
  }

  @Test
  void thePoolRefusesABadChainIdOrGasLimit() {
    PoolFixtures.Accounts accounts = new PoolFixtures.Accounts();
    assertThatThrownBy(() -> new TxPool(TxPoolConfig.DEFAULT, accounts, 0, () -> UInt256.ONE, 30_000_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chain id");
    assertThatThrownBy(() -> new TxPool(TxPoolConfig.DEFAULT, accounts, 1, () -> UInt256.ONE, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
