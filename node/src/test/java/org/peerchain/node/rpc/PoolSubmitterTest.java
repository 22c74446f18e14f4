package org.peerchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.rpc.api.SubmitResult;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.UnprovenStateException;

/** The submitter has a forked state prove sender and recipient before the pool (and its lock) reads them. */
class PoolSubmitterTest {
  private static final long CHAIN_ID = 1337;
  private static final Address TO = Address.fromHexString("0x" + "cc".repeat(20));

  private final TxPool pool = new TxPool(TxPoolConfig.DEFAULT,
      address -> new Account(0, UInt256.valueOf(BigInteger.TEN.pow(21))), CHAIN_ID,
      () -> UInt256.valueOf(1_000_000_000L), 30_000_000);

  private static Transaction transfer() {
    return transfer(0);
  }

  private static Transaction transfer(long nonce) {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.valueOf(1_000_000_000L)).maxFeePerGas(UInt256.valueOf(10_000_000_000L))
        .gasLimit(21_000).to(TO).value(UInt256.ONE).data(Bytes.EMPTY).build();
    return TransactionSigner.sign(body, CHAIN_ID, DevAccounts.account(0).privateKey());
  }

  @Test
  void senderAndRecipientAreStoredBeforeAdmission() {
    List<Address> ensured = new ArrayList<>();
    PoolSubmitter submitter = new PoolSubmitter(pool, ensured::add);
    assertThat(submitter.submit(transfer())).isInstanceOf(SubmitResult.Accepted.class);
    assertThat(ensured).containsExactly(DevAccounts.account(0).address(), TO);
    submitter.pendingNonce(TO);
    assertThat(ensured).hasSize(3).last().isEqualTo(TO);
  }

  @Test
  void anUnprovenAccountKeepsTheTransactionOutOfThePool() {
    PoolSubmitter submitter = new PoolSubmitter(pool, address -> {
      throw new UnprovenStateException(address, "upstream timed out", null);
    });
    assertThatThrownBy(() -> submitter.submit(transfer())).isInstanceOf(UnprovenStateException.class);
    assertThat(pool.status().pending()).isZero();
  }

  @Test
  void aSubmissionBeyondTheBudgetIsRefusedAsLimitExceededAndTheBudgetReturnsAfterAdmission() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    AtomicBoolean holdFirst = new AtomicBoolean(true);
    PoolSubmitter submitter = new PoolSubmitter(pool, address -> {
      if (holdFirst.getAndSet(false)) {
        inside.countDown();
        await(proceed);
      }
    }, new SubmissionGate.Limits(1, 0, 0, 100));
    ExecutorService first = Executors.newSingleThreadExecutor();
    try {
      Future<SubmitResult> admitted = first.submit(() -> submitter.submit(transfer(0)));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
      SubmitResult refused = submitter.submit(transfer(1));
      assertThat(refused).isInstanceOf(SubmitResult.LimitExceeded.class);
      assertThat(((SubmitResult.LimitExceeded) refused).message()).contains("retry later");
      assertThat(pool.status().pending()).isZero();
      proceed.countDown();
      assertThat(admitted.get(10, TimeUnit.SECONDS)).isInstanceOf(SubmitResult.Accepted.class);
      assertThat(submitter.submit(transfer(1))).isInstanceOf(SubmitResult.Accepted.class);
      assertThat(pool.status().pending()).isEqualTo(2);
    } finally {
      proceed.countDown();
      first.shutdownNow();
    }
  }

  @Test
  void aFailedAdmissionGivesItsTurnBack() {
    AtomicBoolean fail = new AtomicBoolean(true);
    PoolSubmitter submitter = new PoolSubmitter(pool, address -> {
      if (fail.getAndSet(false)) {
        throw new UnprovenStateException(address, "upstream timed out", null);
      }
    }, new SubmissionGate.Limits(1, 0, 0, 100));
    assertThatThrownBy(() -> submitter.submit(transfer())).isInstanceOf(UnprovenStateException.class);
    assertThat(submitter.submit(transfer())).isInstanceOf(SubmitResult.Accepted.class);
  }

  @Test
  void aPoolHoldingTheBacklogRefusesFurtherSubmissions() {
    PoolSubmitter submitter = new PoolSubmitter(pool, address -> {}, new SubmissionGate.Limits(1, 0, 0, 1));
    assertThat(submitter.submit(transfer(0))).isInstanceOf(SubmitResult.Accepted.class);
    assertThat(submitter.submit(transfer(1))).isInstanceOf(SubmitResult.LimitExceeded.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
