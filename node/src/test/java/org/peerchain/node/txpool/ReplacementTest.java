package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.txpool.PoolFixtures.ETHER;
import static org.peerchain.node.txpool.PoolFixtures.cost;
import static org.peerchain.node.txpool.PoolFixtures.key;
import static org.peerchain.node.txpool.PoolFixtures.transfer;

import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.txpool.AddResult.Rejected;
import org.peerchain.node.txpool.AddResult.Replaced;
import org.peerchain.node.txpool.PoolFixtures.Harness;

class ReplacementTest {
  private final KeyPair alice = key(1);
  private final Harness h = new Harness();

  ReplacementTest() {
    h.accounts.set(alice.address(), 0, ETHER);
  }

  private static Transaction fees(KeyPair key, long nonce, long tipWei, long feeCapWei) {
    return transfer(key, nonce, UInt256.valueOf(tipWei), UInt256.valueOf(feeCapWei), UInt256.ONE);
  }

  @Test
  void aBumpOfExactlyTenPercentOnBothFeesReplaces() {
    Transaction old = fees(alice, 0, 1_000_000_000L, 20_000_000_000L);
    Transaction bumped = fees(alice, 0, 1_100_000_000L, 22_000_000_000L);
    h.pool.add(old);

    assertThat(h.pool.add(bumped)).isEqualTo(new Replaced(bumped.hash(), old.hash(), Slot.PENDING));

    assertThat(h.pool.get(old.hash())).isEmpty();
    assertThat(h.pool.pending().get(alice.address())).containsEntry(0L, bumped);
    assertThat(h.pool.status().pending()).isEqualTo(1);
  }

  @Test
  void aBumpOfNinePercentIsUnderpriced() {
    Transaction old = fees(alice, 0, 1_000_000_000L, 20_000_000_000L);
    h.pool.add(old);

    AddResult both9 = h.pool.add(fees(alice, 0, 1_090_000_000L, 21_800_000_000L));
    AddResult tip9 = h.pool.add(fees(alice, 0, 1_099_999_999L, 22_000_000_000L));
    AddResult cap9 = h.pool.add(fees(alice, 0, 1_100_000_000L, 21_999_999_999L));

    for (AddResult r : new AddResult[] {both9, tip9, cap9}) {
      assertThat(r).isEqualTo(new Rejected("replacement transaction underpriced", RejectReason.REPLACEMENT_UNDERPRICED,
          java.util.Optional.empty()));
    }
    assertThat(h.pool.pending().get(alice.address())).containsEntry(0L, old);
  }

  @Test
  void aZeroTipMustStrictlyRise() {
    h.pool.add(fees(alice, 0, 0, 20_000_000_000L));

    assertThat(h.pool.add(fees(alice, 0, 0, 30_000_000_000L))).isInstanceOf(Rejected.class);
    assertThat(h.pool.add(fees(alice, 0, 1, 30_000_000_000L))).isInstanceOf(Replaced.class);
  }

  @Test
  void thresholdsRoundDownAsGeths() {
    // 10% of 15 wei is 1.5, rounded down: 16 wei suffices.
    h.pool.add(fees(alice, 0, 15, 2_000_000_000L));

    assertThat(h.pool.add(fees(alice, 0, 16, 2_200_000_000L))).isInstanceOf(Replaced.class);
  }

  @Test
  void aQueuedTransactionIsReplacedInPlace() {
    Transaction old = transfer(alice, 4, 1, 10);
    Transaction bumped = transfer(alice, 4, 2, 20);
    h.pool.add(old);

    assertThat(h.pool.add(bumped)).isEqualTo(new Replaced(bumped.hash(), old.hash(), Slot.QUEUED));
    assertThat(h.pool.queued().get(alice.address())).containsEntry(4L, bumped);
  }

  @Test
  void theReplacedCostNoLongerCountsAgainstTheBalance() {
    Transaction old = transfer(alice, 0, 1, 10);
    Transaction bumped = transfer(alice, 0, 2, 20);
    h.accounts.set(alice.address(), 0, cost(bumped));
    h.pool.add(old);

    assertThat(h.pool.add(bumped)).isInstanceOf(Replaced.class);
    assertThat(h.pool.add(transfer(alice, 0, 3, 40))).isInstanceOf(Rejected.class)
        .satisfies(r -> assertThat(((Rejected) r).message()).startsWith("insufficient funds for gas * price + value"));
  }

  @Test
  void replacingAPendingTransactionAnnouncesTheNewOne() {
    java.util.List<Transaction> announced = new java.util.concurrent.CopyOnWriteArrayList<>();
    h.pool.onNewPending(announced::add);
    Transaction old = transfer(alice, 0, 1, 10);
    Transaction bumped = transfer(alice, 0, 2, 20);

    h.pool.add(old);
    h.pool.add(bumped);

    assertThat(announced).containsExactly(old, bumped);
    assertThat(h.pool.selectForBlock(30_000_000, 10)).containsExactly(bumped);
  }
}
