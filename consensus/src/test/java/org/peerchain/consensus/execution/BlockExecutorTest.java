package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.consensus.execution.TestChain.ETHER;
import static org.peerchain.consensus.execution.TestChain.GWEI;
import static org.peerchain.consensus.execution.TestChain.PROPOSER;
import static org.peerchain.consensus.execution.TestChain.USERS;
import static org.peerchain.consensus.execution.TestChain.USER_VALIDATOR;
import static org.peerchain.consensus.execution.TestChain.transfer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionDecoder;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.chain.BlockRejectedException;

class BlockExecutorTest {
  private static final long TRANSFER_GAS = 21_000;

  @Test
  void theSenderPaysValueAndFeeTheProposerGetsTheTipTheBaseFeeIsBurned() {
    TestChain chain = TestChain.create();
    Address from = USERS.get(1);
    Address to = USERS.get(2);
    UInt256 gasPrice = GWEI.multiply(5);
    Transaction dynamic = transfer(1, to, ETHER, 0);
    Transaction legacy = TestChain.sign(1, UnsignedTransaction.builder(TransactionType.LEGACY).nonce(1)
        .gasPrice(gasPrice).gasLimit(50_000).to(to).value(UInt256.valueOf(7)).build());
    BigInteger supply = chain.supply();
    UInt256 senderBefore = chain.balance(from);
    UInt256 recipientBefore = chain.balance(to);

    Block block = chain.build(PROPOSER, List.of(dynamic, legacy)).block();
    ExecutionResult.Executed executed = executed(chain.execute(block));
    chain.commit(executed);

    // Block 1's base fee: genesis used no gas, so 1 gwei falls by 1/8.
    UInt256 baseFee = block.header().baseFeePerGas();
    assertThat(baseFee).isEqualTo(UInt256.valueOf(875_000_000L));
    UInt256 dynamicPrice = baseFee.add(GWEI.multiply(2)); // tip 2 gwei is under the 10 gwei cap
    UInt256 fees = dynamicPrice.multiply(TRANSFER_GAS).add(gasPrice.multiply(TRANSFER_GAS)); // gas used, not gas limit
    assertThat(chain.balance(from)).isEqualTo(senderBefore.subtract(ETHER).subtract(UInt256.valueOf(7)).subtract(fees));
    assertThat(chain.balance(to)).isEqualTo(recipientBefore.add(ETHER).add(UInt256.valueOf(7)));
    UInt256 tips = GWEI.multiply(2).multiply(TRANSFER_GAS).add(gasPrice.subtract(baseFee).multiply(TRANSFER_GAS));
    assertThat(chain.balance(PROPOSER)).isEqualTo(tips);
    UInt256 burned = baseFee.multiply(2 * TRANSFER_GAS);
    assertThat(chain.supply()).isEqualTo(supply.subtract(burned.toBigInteger()));
    assertThat(chain.nonce(from)).isEqualTo(2);

    assertThat(executed.gasUsed()).isEqualTo(2 * TRANSFER_GAS).isEqualTo(block.header().gasUsed());
    assertThat(executed.receipts()).containsExactly(
        new Receipt(Receipt.TYPE_DYNAMIC_FEE, true, TRANSFER_GAS),
        new Receipt(Receipt.TYPE_LEGACY, true, 2 * TRANSFER_GAS));
    assertThat(chain.chain.receipts(block.hash())).contains(executed.receipts());
  }

  @Test
  void aSelfTransferCostsOnlyTheFee() {
    TestChain chain = TestChain.create();
    Address self = USERS.get(3);
    UInt256 before = chain.balance(self);
    Block block = chain.build(PROPOSER, List.of(transfer(3, self, ETHER, 0))).block();
    chain.commit(executed(chain.execute(block)));

    UInt256 fee = block.header().baseFeePerGas().add(GWEI.multiply(2)).multiply(TRANSFER_GAS);
    assertThat(chain.balance(self)).isEqualTo(before.subtract(fee));
    assertThat(chain.nonce(self)).isEqualTo(1);
  }

  @Test
  void aProposerThatSendsGetsItsOwnTip() {
    TestChain chain = TestChain.create();
    UInt256 before = chain.balance(USER_VALIDATOR);
    Block block = chain.build(USER_VALIDATOR, List.of(transfer(0, USERS.get(1), ETHER, 0))).block();
    chain.commit(executed(chain.execute(block)));

    // Pays value and fee, gets the tip back: out of pocket by value + the burned part.
    UInt256 burned = block.header().baseFeePerGas().multiply(TRANSFER_GAS);
    assertThat(chain.balance(USER_VALIDATOR)).isEqualTo(before.subtract(ETHER).subtract(burned));
  }

  @Test
  void aProposerThatReceivesGetsValueAndTip() {
    TestChain chain = TestChain.create();
    UInt256 before = chain.balance(USER_VALIDATOR);
    Block block = chain.build(USER_VALIDATOR, List.of(transfer(2, USER_VALIDATOR, ETHER, 0))).block();
    chain.commit(executed(chain.execute(block)));

    assertThat(chain.balance(USER_VALIDATOR)).isEqualTo(before.add(ETHER).add(GWEI.multiply(2).multiply(TRANSFER_GAS)));
  }

  @Test
  void anEmptyBlockLeavesTheStateRoot() {
    TestChain chain = TestChain.create();
    Block block = chain.build(PROPOSER, List.of()).block();
    ExecutionResult.Executed executed = executed(chain.execute(block));
    assertThat(executed.stateCommit().stateRoot()).isEqualTo(chain.head.stateRoot());
    assertThat(executed.receipts()).isEmpty();
    assertThat(executed.gasUsed()).isZero();
  }

  @Test
  void twoIndependentNodesComputeTheSameRoots() {
    TestChain one = TestChain.create();
    TestChain two = TestChain.create();
    for (int height = 0; height < 2; height++) {
      List<Transaction> txs = List.of(transfer(1, USERS.get(2), ETHER, height), transfer(2, USERS.get(1), ETHER, height),
          transfer(3, USERS.get(3), ETHER, height));
      Block block = one.build(PROPOSER, txs).block();
      ExecutionResult.Executed onOne = executed(one.execute(block));
      ExecutionResult.Executed onTwo = executed(two.execute(copy(block)));
      assertThat(onTwo.stateCommit().stateRoot()).isEqualTo(onOne.stateCommit().stateRoot())
          .isEqualTo(block.header().stateRoot());
      assertThat(onTwo.receipts()).isEqualTo(onOne.receipts());
      one.commit(onOne);
      two.commit(onTwo);
    }
    assertThat(two.chain.head()).isEqualTo(one.chain.head());
    USERS.forEach(user -> assertThat(two.balance(user)).isEqualTo(one.balance(user)));
  }

  @Test
  void aTwoBlockChainCommitsAndReopens() {
    TestChain chain = TestChain.create();
    Block first = chain.build(PROPOSER, List.of(transfer(1, USERS.get(2), ETHER, 0))).block();
    chain.commit(executed(chain.execute(first)));
    Block second = chain.build(USER_VALIDATOR, List.of(transfer(1, USERS.get(3), ETHER, 1),
        transfer(2, USERS.get(3), ETHER, 0))).block();
    chain.commit(executed(chain.execute(second)));
    UInt256 balance = chain.balance(USERS.get(3));

    chain.reopen();

    assertThat(chain.chain.head().number()).isEqualTo(2);
    assertThat(chain.chain.head().hash()).isEqualTo(second.hash());
    assertThat(chain.head).isEqualTo(second.header());
    assertThat(chain.chain.blockByNumber(1)).contains(first);
    assertThat(chain.chain.receipts(second.hash()).orElseThrow()).hasSize(2);
    assertThat(chain.balance(USERS.get(3))).isEqualTo(balance);
    assertThat(chain.nonce(USERS.get(1))).isEqualTo(2);
    // The reopened node goes on from there.
    Block third = chain.build(PROPOSER, List.of(transfer(1, USERS.get(0), ETHER, 2))).block();
    chain.commit(executed(chain.execute(third)));
    assertThat(chain.chain.head().number()).isEqualTo(3);
  }

  @Test
  void parallelSenderRecoveryGivesTheSequentialResult() throws Exception {
    TestChain builder = TestChain.create();
    List<Transaction> txs = new ArrayList<>();
    for (int nonce = 0; nonce < 40; nonce++) {
      for (int from = 0; from < USERS.size(); from++) {
        txs.add(transfer(from, USERS.get((from + nonce) % USERS.size()), UInt256.valueOf(1_000 + nonce), nonce));
      }
    }
    Block block = builder.build(PROPOSER, txs).block();
    assertThat(block.transactions()).hasSize(160);

    TestChain sequential = TestChain.create();
    TestChain parallel = TestChain.create();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // Fresh copies: a transaction caches its sender, and the parallel pass must do the work.
      Block forSequential = copy(block);
      Block forParallel = copy(block);
      ExecutionResult.Executed one = executed(sequential.executor().execute(
          forSequential, sequential.head, sequential.state, block.header().timestamp()));
      ExecutionResult.Executed two = executed(new BlockExecutor(parallel.rules, pool, 3).execute(
          forParallel, parallel.head, parallel.state, block.header().timestamp()));
      assertThat(two.stateCommit().stateRoot()).isEqualTo(one.stateCommit().stateRoot());
      assertThat(two.receipts()).isEqualTo(one.receipts());
      assertThat(two.gasUsed()).isEqualTo(one.gasUsed());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInvalidTransactionStopsParallelExecutionAndItsHelpers() throws Exception {
    TestChain chain = TestChain.create();
    List<Transaction> txs = new ArrayList<>();
    for (int nonce = 0; nonce < 200; nonce++) {
      // The sender's nonce is 0 for the first and jumps by two after it.
      txs.add(transfer(1, USERS.get(2), UInt256.ONE, nonce == 0 ? 0 : nonce + 1));
    }
    Block valid = chain.build(PROPOSER, txs.subList(0, 1)).block();
    Block block = new Block(valid.header().toBuilder().transactionsRoot(BlockRoots.transactionsRoot(txs)).build(),
        new BlockBody(txs));
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      ExecutionResult result = new BlockExecutor(chain.rules, pool, 2)
          .execute(copy(block), chain.head, chain.state, block.header().timestamp());
      assertThat(result).isInstanceOf(ExecutionResult.Rejected.class);
      assertThat(((ExecutionResult.Rejected) result).reason().message()).contains("transaction 1 ");
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anExecutedProposalCommitsLaterAndACompetingOneThenNoLonger() {
    TestChain chain = TestChain.create();
    // Two proposals for height 1, as in two rounds; both execute against the same head.
    Block roundZero = chain.build(PROPOSER, List.of(transfer(1, USERS.get(2), ETHER, 0))).block();
    Block roundOne = chain.build(USER_VALIDATOR, List.of(transfer(2, USERS.get(1), ETHER, 0))).block();
    ExecutionResult.Executed zero = executed(chain.execute(roundZero));
    ExecutionResult.Executed one = executed(chain.execute(roundOne));

    chain.commit(one);

    assertThat(chain.chain.head().hash()).isEqualTo(roundOne.hash());
    assertThatThrownBy(() -> chain.chain.commitBlock(roundZero, TestChain.certificate(roundZero), zero.receipts(),
        zero.stateCommit())).isInstanceOf(BlockRejectedException.class);
    assertThatThrownBy(() -> chain.state.onCommitted(zero.stateCommit())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDuplicateTransactionInABlockIsInvalid() {
    TestChain chain = TestChain.create();
    Transaction tx = transfer(1, USERS.get(2), ETHER, 0);
    Block single = chain.build(PROPOSER, List.of(tx)).block();
    List<Transaction> twice = List.of(tx, tx);
    Block block = new Block(single.header().toBuilder().transactionsRoot(BlockRoots.transactionsRoot(twice)).build(),
        new BlockBody(twice));
    ExecutionResult result = chain.execute(block);
    assertThat(result).isInstanceOf(ExecutionResult.Rejected.class);
    assertThat(((ExecutionResult.Rejected) result).reason().message()).contains("transaction 1").contains("nonce too low");
  }

  @Test
  void aTransactionWithABadSignatureIsInvalid() {
    TestChain chain = TestChain.create();
    Transaction good = transfer(1, USERS.get(2), ETHER, 0);
    Transaction forged = Transaction.typed(good.body(), good.chainId().orElseThrow(), good.v(), good.r(),
        UInt256.valueOf(new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", 16)));
    Block single = chain.build(PROPOSER, List.of()).block();
    Block block = new Block(single.header().toBuilder()
        .transactionsRoot(BlockRoots.transactionsRoot(List.of(forged))).build(), new BlockBody(List.of(forged)));
    ExecutionResult result = chain.execute(block);
    assertThat(result).isInstanceOf(ExecutionResult.Rejected.class);
    assertThat(((ExecutionResult.Rejected) result).reason().reason()).isEqualTo(BlockRejection.Reason.INVALID_TRANSACTION);
  }

  static ExecutionResult.Executed executed(ExecutionResult result) {
    if (result instanceof ExecutionResult.Rejected rejected) {
      throw new AssertionError("block rejected: " + rejected.reason());
    }
    return (ExecutionResult.Executed) result;
  }

  /** The block as another node decodes it: new transaction objects, nothing cached. */
  static Block copy(Block block) {
    List<Transaction> txs = block.transactions().stream()
        .map(tx -> TransactionDecoder.decode(Bytes.wrap(TransactionEncoder.encode(tx).toArray())))
        .toList();
    return new Block(block.header(), new BlockBody(txs));
  }
}
