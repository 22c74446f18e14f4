package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.consensus.execution.BlockExecutorTest.executed;
import static org.peerchain.consensus.execution.TestChain.ETHER;
import static org.peerchain.consensus.execution.TestChain.FUNDS;
import static org.peerchain.consensus.execution.TestChain.GWEI;
import static org.peerchain.consensus.execution.TestChain.OUTSIDER;
import static org.peerchain.consensus.execution.TestChain.PROPOSER;
import static org.peerchain.consensus.execution.TestChain.USERS;
import static org.peerchain.consensus.execution.TestChain.transfer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.ledger.TxRejection.Reason;
import org.peerchain.core.block.Block;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.storage.trie.MerklePatriciaTrie;

class BlockBuilderTest {
  @Test
  void refusedCandidatesAreSkippedWithTheirReasonAndTheRestIncluded() {
    TestChain chain = TestChain.create();
    Transaction first = transfer(1, USERS.get(2), ETHER, 0);
    Transaction gap = transfer(2, USERS.get(3), ETHER, 3);
    Transaction second = transfer(1, USERS.get(3), ETHER, 1);
    Transaction tooMuch = transfer(3, USERS.get(0), FUNDS.multiply(2), 0);
    Transaction creation = TestChain.sign(0, UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
        .maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(100_000).value(ETHER).build());
    Transaction stale = transfer(1, USERS.get(3), ETHER, 0);

    BuiltBlock built = chain.build(PROPOSER, List.of(first, gap, second, tooMuch, creation, stale));

    assertThat(built.block().transactions()).containsExactly(first, second);
    assertThat(built.skipped()).extracting(BuiltBlock.Skipped::transaction).containsExactly(gap, tooMuch, creation, stale);
    assertThat(built.skipped()).extracting(s -> s.rejection().reason()).containsExactly(
        Reason.NONCE_TOO_HIGH, Reason.INSUFFICIENT_FUNDS, Reason.CONTRACT_CREATION_NOT_SUPPORTED, Reason.NONCE_TOO_LOW);
    assertThat(chain.execute(built.block())).isInstanceOf(ExecutionResult.Executed.class);
  }

  @Test
  void theHeaderFollowsTheParentAndCarriesTheRoots() {
    TestChain chain = TestChain.create();
    BuiltBlock built = chain.builder().build(chain.head, PROPOSER, chain.head.timestamp() + 5,
        List.of(transfer(1, USERS.get(2), ETHER, 0)), chain.state, Bytes.fromHexString("0x7065657263686169"));
    Block block = built.block();

    assertThat(block.header().parentHash()).isEqualTo(chain.head.hash());
    assertThat(block.number()).isEqualTo(1);
    assertThat(block.header().timestamp()).isEqualTo(chain.head.timestamp() + 5);
    assertThat(block.header().coinbase()).isEqualTo(PROPOSER);
    assertThat(block.header().gasLimit()).isEqualTo(chain.rules.gasLimit());
    assertThat(block.header().gasUsed()).isEqualTo(21_000);
    assertThat(block.header().baseFeePerGas()).isEqualTo(chain.rules.baseFees().next(chain.head));
    assertThat(block.header().extraData()).isEqualTo(Bytes.fromHexString("0x7065657263686169"));
    assertThat(block.header().hasPeerchainConstants()).isTrue();
    assertThat(block.header().transactionsRoot()).isEqualTo(BlockRoots.transactionsRoot(block.transactions()));
    assertThat(block.header().receiptsRoot()).isEqualTo(BlockRoots.receiptsRoot(built.executed().receipts()));
    assertThat(block.header().stateRoot()).isEqualTo(built.executed().stateCommit().stateRoot());
    assertThat(built.executed().block()).isEqualTo(block);

    ExecutionResult.Executed replayed = executed(chain.execute(block));
    assertThat(replayed.stateCommit().stateRoot()).isEqualTo(built.executed().stateCommit().stateRoot());
    assertThat(replayed.receipts()).isEqualTo(built.executed().receipts());
  }

  @Test
  void theBuiltResultCommitsWithoutExecutingAgain() {
    TestChain chain = TestChain.create();
    BuiltBlock built = chain.build(PROPOSER, List.of(transfer(1, USERS.get(2), ETHER, 0)));
    chain.commit(built.executed());
    assertThat(chain.chain.head().hash()).isEqualTo(built.block().hash());
    assertThat(chain.nonce(USERS.get(1))).isEqualTo(1);
  }

  @Test
  void anEmptyBlockHasEmptyRootsAndTheParentsState() {
    TestChain chain = TestChain.create();
    Block block = chain.build(PROPOSER, List.of()).block();
    assertThat(block.header().transactionsRoot()).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    assertThat(block.header().receiptsRoot()).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    assertThat(block.header().stateRoot()).isEqualTo(chain.head.stateRoot());
    assertThat(block.header().gasUsed()).isZero();
  }

  @Test
  void theTimestampNeverGoesBeforeTheParents() {
    TestChain chain = TestChain.create();
    Block early = chain.builder().build(chain.head, PROPOSER, 0, List.of(), chain.state, Bytes.EMPTY).block();
    assertThat(early.header().timestamp()).isEqualTo(chain.head.timestamp());
  }

  @Test
  void aCandidateOverTheGasLeftIsSkippedASmallerOneStillFitsThenFillingStops() {
    TestChain chain = TestChain.create(TestChain.genesis(50_000));
    Transaction first = transfer(1, USERS.get(2), ETHER, 0);
    Transaction large = TestChain.sign(2, UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
        .maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(30_000).to(USERS.get(0)).value(ETHER)
        .build());
    Transaction overBlock = TestChain.sign(3, UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
        .maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(50_001).to(USERS.get(0)).value(ETHER)
        .build());
    Transaction fits = transfer(3, USERS.get(0), ETHER, 0);
    Transaction neverTried = transfer(0, USERS.get(1), ETHER, 0);

    BuiltBlock built = chain.build(PROPOSER, List.of(first, large, overBlock, fits, neverTried));

    assertThat(built.block().transactions()).containsExactly(first, fits);
    assertThat(built.skipped()).extracting(s -> s.rejection().reason())
        .containsExactly(Reason.GAS_LIMIT_REACHED, Reason.EXCEEDS_BLOCK_GAS_LIMIT);
    assertThat(built.block().header().gasUsed()).isEqualTo(42_000);
    assertThat(chain.execute(built.block())).isInstanceOf(ExecutionResult.Executed.class);
  }

  @Test
  void fillingStopsAtTheSizeLimit() {
    TestChain chain = TestChain.create();
    List<Transaction> candidates = List.of(transfer(1, USERS.get(2), ETHER, 0), transfer(2, USERS.get(3), ETHER, 0),
        transfer(3, USERS.get(1), ETHER, 0));
    long twoItems = BlockSize.transactionItem(candidates.get(0)) + BlockSize.transactionItem(candidates.get(1));
    ChainRules small = chain.rules.withMaxBlockBytes(Math.toIntExact(BlockSize.of(BlockSize.HEADER_BOUND, twoItems)));

    BuiltBlock built = new BlockBuilder(small).build(chain.head, PROPOSER, chain.head.timestamp() + 1, candidates,
        chain.state, Bytes.EMPTY);

    assertThat(built.block().transactions()).containsExactly(candidates.get(0), candidates.get(1));
    assertThat(built.skipped()).isEmpty();
    assertThat(BlockSize.of(built.block())).isLessThanOrEqualTo(small.maxBlockBytes());
    assertThat(new BlockExecutor(small, SenderRecovery.sequential())
        .execute(built.block(), chain.head, chain.state, built.block().header().timestamp()))
        .isInstanceOf(ExecutionResult.Executed.class);
  }

  @Test
  void theProposerMustBeAValidator() {
    TestChain chain = TestChain.create();
    assertThatThrownBy(() -> chain.build(OUTSIDER, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a validator");
  }

  @Test
  void theWorldStateMustBeAtTheParent() {
    TestChain chain = TestChain.create();
    BuiltBlock first = chain.build(PROPOSER, List.of());
    chain.commit(first.executed());
    // The old parent, with the state already one block further.
    assertThatThrownBy(() -> chain.builder().build(first.block().header().toBuilder().number(0).build(), PROPOSER, 0,
        List.of(), chain.state, Bytes.EMPTY)).isInstanceOf(IllegalStateException.class);
  }
}
