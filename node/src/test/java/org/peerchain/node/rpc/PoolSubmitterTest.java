package org.peerchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
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
}
