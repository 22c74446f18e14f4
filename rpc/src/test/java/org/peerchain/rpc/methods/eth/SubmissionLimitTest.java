package org.peerchain.rpc.methods.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.PoolContent;
import org.peerchain.rpc.api.PoolStatus;
import org.peerchain.rpc.api.SubmitResult;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.methods.RpcException;

/** A pool that refuses for a limit answers -32005, which wallets retry, not -32000, which they show. */
class SubmissionLimitTest {
  @Test
  void aLimitRefusalIsLimitExceeded() {
    TxSubmitter busy = new TxSubmitter() {
      @Override
      public SubmitResult submit(Transaction tx) {
        return SubmitResult.limitExceeded("txpool is busy; retry later");
      }

      @Override
      public long pendingNonce(Address sender) {
        return 0;
      }

      @Override
      public PoolStatus status() {
        return new PoolStatus(0, 0);
      }

      @Override
      public PoolContent content() {
        return PoolContent.EMPTY;
      }

      @Override
      public Optional<Transaction> pendingTransaction(Hash hash) {
        return Optional.empty();
      }
    };
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
        .maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(1_000_000_000L)).gasLimit(21_000)
        .to(DevAccounts.account(1).address()).value(UInt256.ONE).data(Bytes.EMPTY).build();
    Transaction tx = TransactionSigner.sign(body, 1337, DevAccounts.account(0).privateKey());
    RpcException e = catchThrowableOfType(() -> EthSendRawTransaction.Submission.submit(busy, tx), RpcException.class);
    assertThat(e.code()).isEqualTo(RpcException.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("retry later");
  }
}
