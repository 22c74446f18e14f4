package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.node.txpool.PoolFixtures.RECIPIENT;
import static org.peerchain.node.txpool.PoolFixtures.gwei;
import static org.peerchain.node.txpool.PoolFixtures.key;
import static org.peerchain.node.txpool.PoolFixtures.sign;
import static org.peerchain.node.txpool.PoolFixtures.transfer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.node.txpool.PoolFixtures.Harness;

class SelectionTest {
  private final KeyPair alice = key(1);
  private final KeyPair bob = key(2);
  private final KeyPair carol = key(3);
  private final Harness h = new Harness();

  SelectionTest() {
    h.accounts.fund(alice, bob, carol);
  }

  @Test
  void highestTipFirstAcrossSendersAndNonceOrderWithinEach() {
    Transaction a0 = transfer(alice, 0, 1, 100);
    Transaction a1 = transfer(alice, 1, 9, 100); // pays most but must wait for a0
    Transaction b0 = transfer(bob, 0, 5, 100);
    Transaction c0 = transfer(carol, 0, 3, 100);
    Transaction c1 = transfer(carol, 1, 2, 100);
    List.of(a1, a0, c1, b0, c0).forEach(h.pool::add);

    assertThat(h.pool.selectForBlock(30_000_000, 100)).containsExactly(b0, c0, c1, a0, a1);
  }

  @Test
  void theTipIsTheEffectiveOneAtTheNextBaseFee() {
    h.baseFee.set(gwei(10));
    Transaction bigTipLowCap = transfer(alice, 0, 8, 12); // tips 2 at base fee 10
    Transaction smallTipHighCap = transfer(bob, 0, 3, 100); // tips 3
    h.pool.add(bigTipLowCap);
    h.pool.add(smallTipHighCap);

    assertThat(h.pool.selectForBlock(30_000_000, 100)).containsExactly(smallTipHighCap, bigTipLowCap);
  }

  @Test
  void equalTipsGoInArrivalOrder() {
    Transaction first = transfer(carol, 0, 2, 10);
    Transaction second = transfer(alice, 0, 2, 10);
    Transaction third = transfer(bob, 0, 2, 10);
    List.of(first, second, third).forEach(h.pool::add);

    assertThat(h.pool.selectForBlock(30_000_000, 100)).containsExactly(first, second, third);
  }

  @Test
  void gasAndCountLimitsCapTheBlock() {
    for (int n = 0; n < 5; n++) {
      h.pool.add(transfer(alice, n, 1, 10));
    }

    assertThat(h.pool.selectForBlock(3 * 21_000 + 20_999, 100)).hasSize(3);
    assertThat(h.pool.selectForBlock(30_000_000, 2)).extracting(Transaction::nonce).containsExactly(0L, 1L);
    assertThat(h.pool.selectForBlock(30_000_000, 0)).isEmpty();
  }

  @Test
  void aSenderWhoseNextTransactionDoesNotFitIsSkippedAsAWhole() {
    Transaction heavy = sign(alice, UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
        .maxPriorityFeePerGas(gwei(9)).maxFeePerGas(gwei(10)).gasLimit(50_000).to(RECIPIENT));
    Transaction after = transfer(alice, 1, 9, 10);
    Transaction light = transfer(bob, 0, 1, 10);
    List.of(heavy, after, light).forEach(h.pool::add);

    assertThat(h.pool.selectForBlock(40_000, 100)).containsExactly(light);
  }

  @Test
  void selectionLeavesThePoolUnchangedUntilCommit() {
    h.pool.add(transfer(alice, 0, 1, 10));

    h.pool.selectForBlock(30_000_000, 100);

    assertThat(h.pool.status().pending()).isEqualTo(1);
    assertThat(h.pool.selectForBlock(30_000_000, 100)).hasSize(1);
  }

  @Test
  void queuedTransactionsAreNeverSelected() {
    h.pool.add(transfer(alice, 1, 9, 10));

    assertThat(h.pool.selectForBlock(30_000_000, 100)).isEmpty();
  }

  @Test
  void negativeLimitsAreRefused() {
    assertThatThrownBy(() -> h.pool.selectForBlock(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> h.pool.selectForBlock(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
