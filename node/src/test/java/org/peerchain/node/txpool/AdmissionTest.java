package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.txpool.PoolFixtures.BLOCK_GAS_LIMIT;
import static org.peerchain.node.txpool.PoolFixtures.ETHER;
import static org.peerchain.node.txpool.PoolFixtures.RECIPIENT;
import static org.peerchain.node.txpool.PoolFixtures.cost;
import static org.peerchain.node.txpool.PoolFixtures.gwei;
import static org.peerchain.node.txpool.PoolFixtures.key;
import static org.peerchain.node.txpool.PoolFixtures.sign;
import static org.peerchain.node.txpool.PoolFixtures.transfer;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.txpool.AddResult.Added;
import org.peerchain.node.txpool.AddResult.Rejected;
import org.peerchain.node.txpool.PoolFixtures.Harness;

class AdmissionTest {
  private final KeyPair alice = key(1);
  private final Harness h = new Harness();

  AdmissionTest() {
    h.accounts.set(alice.address(), 3, ETHER);
  }

  static Rejected rejected(AddResult result) {
    assertThat(result).isInstanceOf(Rejected.class);
    return (Rejected) result;
  }

  @Test
  void aTransactionAtTheAccountNonceIsPendingAndOneAfterAGapIsQueued() {
    Transaction atNonce = transfer(alice, 3, 1, 10);
    Transaction gapped = transfer(alice, 5, 1, 10);

    assertThat(h.pool.add(atNonce)).isEqualTo(new Added(atNonce.hash(), Slot.PENDING));
    assertThat(h.pool.add(gapped)).isEqualTo(new Added(gapped.hash(), Slot.QUEUED));

    assertThat(h.pool.status()).isEqualTo(new PoolStatus(1, 1, h.pool.status().bytes()));
    assertThat(h.pool.pending().get(alice.address())).containsOnlyKeys(3L);
    assertThat(h.pool.queued().get(alice.address())).containsOnlyKeys(5L);
    assertThat(h.pool.pendingNonce(alice.address())).isEqualTo(4);
    assertThat(h.pool.get(gapped.hash())).contains(gapped);
    assertThat(h.pool.hasPending()).isTrue();
  }

  @Test
  void closingTheGapPromotesTheQueuedTransactions() {
    h.pool.add(transfer(alice, 5, 1, 10));
    h.pool.add(transfer(alice, 6, 1, 10));
    h.pool.add(transfer(alice, 3, 1, 10));
    assertThat(h.pool.status().pending()).isEqualTo(1);

    assertThat(h.pool.add(transfer(alice, 4, 1, 10))).isInstanceOf(Added.class);

    assertThat(h.pool.pending().get(alice.address())).containsOnlyKeys(3L, 4L, 5L, 6L);
    assertThat(h.pool.queued()).isEmpty();
    assertThat(h.pool.pendingNonce(alice.address())).isEqualTo(7);
  }

  @Test
  void theSameTransactionTwiceIsAlreadyKnown() {
    Transaction tx = transfer(alice, 3, 1, 10);
    h.pool.add(tx);

    Rejected again = rejected(h.pool.add(tx));

    assertThat(again.message()).isEqualTo("already known");
    assertThat(again.reason()).isEqualTo(RejectReason.ALREADY_KNOWN);
    assertThat(h.pool.status().pending()).isEqualTo(1);
  }

  @Test
  void aNonceBelowTheAccountsIsTooLow() {
    Rejected r = rejected(h.pool.add(transfer(alice, 2, 1, 10)));

    assertThat(r.message()).isEqualTo("nonce too low: address " + alice.address() + ", tx: 2 state: 3");
    assertThat(r.reason()).isEqualTo(RejectReason.INVALID);
    assertThat(r.ledgerReason()).contains(TxRejection.Reason.NONCE_TOO_LOW);
  }

  @Test
  void ledgerRulesAnswerWithGethsWording() {
    UnsignedTransaction.Builder base = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(3)
        .maxPriorityFeePerGas(gwei(1)).maxFeePerGas(gwei(10)).to(RECIPIENT);

    assertThat(rejected(h.pool.add(sign(alice, base.gasLimit(20_000)))).message())
        .startsWith("intrinsic gas too low");
    assertThat(rejected(h.pool.add(sign(alice, base.gasLimit(BLOCK_GAS_LIMIT + 1)))).message())
        .startsWith("exceeds block gas limit");
    assertThat(rejected(h.pool.add(sign(alice, base.gasLimit(21_000).maxFeePerGas(UInt256.valueOf(5))
        .maxPriorityFeePerGas(UInt256.ONE)))).message()).startsWith("max fee per gas less than block base fee");
    assertThat(rejected(h.pool.add(sign(alice, base.gasLimit(21_000).maxFeePerGas(gwei(10)).value(ETHER)))).message())
        .startsWith("insufficient funds for gas * price + value");
    assertThat(h.pool.status()).isEqualTo(new PoolStatus(0, 0, 0));
  }

  @Test
  void aBadSignatureIsRefusedWithoutTouchingThePool() {
    Transaction good = transfer(alice, 3, 1, 10);
    Transaction forged = Transaction.typed(good.body(), UInt256.valueOf(PoolFixtures.CHAIN_ID), UInt256.ONE,
        UInt256.ONE, UInt256.ONE);

    Rejected r = rejected(h.pool.add(forged));

    assertThat(r.reason()).isEqualTo(RejectReason.INVALID);
    assertThat(r.ledgerReason()).isPresent();
    assertThat(h.pool.status().pending()).isZero();
  }

  @Test
  void aTipBelowTheMinimumIsUnderpriced() {
    Harness strict = new Harness(TxPoolConfig.DEFAULT.withMinTip(gwei(2)));
    strict.accounts.set(alice.address(), 0, ETHER);

    Rejected r = rejected(strict.pool.add(transfer(alice, 0, 1, 10)));

    assertThat(r.message()).isEqualTo("transaction underpriced: gas tip cap " + gwei(1) + ", minimum needed " + gwei(2));
    assertThat(r.reason()).isEqualTo(RejectReason.UNDERPRICED);
    assertThat(strict.pool.add(transfer(alice, 0, 2, 10))).isInstanceOf(Added.class);
  }

  @Test
  void anOversizedTransactionIsRefused() {
    Harness small = new Harness(TxPoolConfig.DEFAULT.withBytes(1 << 20, 1_000));
    small.accounts.set(alice.address(), 0, ETHER);
    Transaction big = sign(alice, UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
        .maxPriorityFeePerGas(gwei(1)).maxFeePerGas(gwei(10)).gasLimit(100_000).to(RECIPIENT)
        .data(Bytes.wrap(new byte[2_000])));

    Rejected r = rejected(small.pool.add(big));

    assertThat(r.message()).startsWith("oversized data: transaction size ").endsWith(", limit 1000");
    assertThat(r.reason()).isEqualTo(RejectReason.OVERSIZED_DATA);
  }

  @Test
  void theBalanceMustCoverAllTheSendersPooledTransactions() {
    Transaction first = transfer(alice, 3, 1, 10);
    // Leaves just enough for the first and a second of the same cost, not a third.
    UInt256 balance = cost(first).multiply(2);
    h.accounts.set(alice.address(), 3, balance);
    assertThat(h.pool.add(first)).isInstanceOf(Added.class);
    assertThat(h.pool.add(transfer(alice, 5, 1, 10))).isInstanceOf(Added.class); // queued counts too

    Rejected r = rejected(h.pool.add(transfer(alice, 4, 1, 10)));

    assertThat(r.message()).isEqualTo("insufficient funds for gas * price + value: balance " + balance
        + ", queued cost " + balance + ", tx cost " + cost(first) + ", overshot " + cost(first));
    assertThat(r.ledgerReason()).contains(TxRejection.Reason.INSUFFICIENT_FUNDS);
    assertThat(h.pool.status().pending() + h.pool.status().queued()).isEqualTo(2);
  }

  @Test
  void aStaleHeadIsCaughtUpOnAdmission() {
    Transaction three = transfer(alice, 3, 1, 10);
    h.pool.add(three);
    // A block included nonce 3, but the pool has not been told yet.
    h.accounts.set(alice.address(), 4, ETHER);

    assertThat(h.pool.add(transfer(alice, 4, 1, 10))).isEqualTo(
        new Added(transfer(alice, 4, 1, 10).hash(), Slot.PENDING));
    assertThat(h.pool.get(three.hash())).isEqualTo(Optional.empty());
    assertThat(h.pool.pending().get(alice.address())).containsOnlyKeys(4L);
  }
}
