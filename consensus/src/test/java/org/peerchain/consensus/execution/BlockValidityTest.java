package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.consensus.execution.TestChain.ETHER;
import static org.peerchain.consensus.execution.TestChain.OUTSIDER;
import static org.peerchain.consensus.execution.TestChain.PROPOSER;
import static org.peerchain.consensus.execution.TestChain.USERS;
import static org.peerchain.consensus.execution.TestChain.transfer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerchain.consensus.execution.BlockRejection.Reason;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.StateHead;

/** One test per block rule: a valid block, changed in one place, is rejected with that rule's reason. */
class BlockValidityTest {
  private TestChain chain;
  private Block valid;

  @BeforeEach
  void buildAValidBlock() {
    chain = TestChain.create();
    valid = chain.build(PROPOSER, List.of(
        transfer(1, USERS.get(2), ETHER, 0),
        transfer(2, USERS.get(3), ETHER.multiply(2), 0))).block();
    assertThat(chain.execute(valid)).isInstanceOf(ExecutionResult.Executed.class);
  }

  @Test
  void parentHashMustBeTheParents() {
    assertRejected(header(b -> b.parentHash(Keccak.hash(Bytes.of(1)))), Reason.WRONG_PARENT_HASH);
  }

  @Test
  void numberMustFollowTheParents() {
    assertRejected(header(b -> b.number(2)), Reason.WRONG_NUMBER);
  }

  @Test
  void timestampMustNotGoBeforeTheParents() {
    assertRejected(header(b -> b.timestamp(chain.head.timestamp() - 1)), Reason.TIMESTAMP_BEFORE_PARENT);
  }

  @Test
  void timestampMayRepeatTheParents() {
    Block sameSecond = chain.builder().build(chain.head, PROPOSER, chain.head.timestamp() - 100,
        List.of(transfer(1, USERS.get(2), ETHER, 0)), chain.state, Bytes.EMPTY).block();
    assertThat(sameSecond.header().timestamp()).isEqualTo(chain.head.timestamp());
    assertThat(chain.execute(sameSecond)).isInstanceOf(ExecutionResult.Executed.class);
  }

  @Test
  void timestampMustNotBeTooFarAhead() {
    long drift = chain.rules.maxFutureDriftSeconds();
    long time = valid.header().timestamp();
    assertThat(execute(valid, time - drift)).isInstanceOf(ExecutionResult.Executed.class);
    assertRejected(valid, time - drift - 1, Reason.TIMESTAMP_TOO_FAR_IN_FUTURE);
    assertRejected(header(b -> b.timestamp(Long.MAX_VALUE)), Reason.TIMESTAMP_TOO_FAR_IN_FUTURE);
  }

  @Test
  void theDriftIsConfigurable() {
    BlockExecutor strict = new BlockExecutor(chain.rules.withMaxFutureDriftSeconds(0), SenderRecovery.sequential());
    long time = valid.header().timestamp();
    assertThat(strict.execute(valid, chain.head, chain.state, time)).isInstanceOf(ExecutionResult.Executed.class);
    assertThat(strict.execute(valid, chain.head, chain.state, time - 1)).isInstanceOf(ExecutionResult.Rejected.class);
  }

  @Test
  void coinbaseMustBeAValidator() {
    assertRejected(header(b -> b.coinbase(OUTSIDER)), Reason.COINBASE_NOT_VALIDATOR);
  }

  @Test
  void gasLimitMustBeTheChains() {
    long limit = chain.rules.gasLimit();
    assertRejected(header(b -> b.gasLimit(limit + 1)), Reason.WRONG_GAS_LIMIT);
    // Within Ethereum's parent/1024 bound, but the chain's limit is fixed.
    assertRejected(header(b -> b.gasLimit(limit - 1)), Reason.WRONG_GAS_LIMIT);
  }

  @Test
  void gasUsedMustNotExceedTheGasLimit() {
    assertRejected(header(b -> b.gasUsed(chain.rules.gasLimit() + 1)), Reason.GAS_USED_ABOVE_GAS_LIMIT);
  }

  @Test
  void baseFeeMustBeTheOneTheParentImplies() {
    UInt256 expected = chain.rules.baseFees().next(chain.head);
    assertThat(valid.header().baseFeePerGas()).isEqualTo(expected);
    assertRejected(header(b -> b.baseFeePerGas(expected.add(UInt256.ONE))), Reason.WRONG_BASE_FEE);
    assertRejected(header(b -> b.baseFeePerGas(chain.head.baseFeePerGas())), Reason.WRONG_BASE_FEE);
  }

  @Test
  void extraDataIsAtMost32Bytes() {
    Bytes full = Bytes.wrap(new byte[32]);
    Block withFull = chain.builder().build(chain.head, PROPOSER, chain.head.timestamp() + 1, List.of(), chain.state, full)
        .block();
    assertThat(withFull.header().extraData()).isEqualTo(full);
    assertThat(chain.execute(withFull)).isInstanceOf(ExecutionResult.Executed.class);
    // A longer one cannot even be a header, built or decoded; the builder refuses it up front.
    assertThatThrownBy(() -> valid.header().toBuilder().extraData(Bytes.wrap(new byte[33])).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> chain.builder().build(chain.head, PROPOSER, 0, List.of(), chain.state,
        Bytes.wrap(new byte[33]))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
  }

  static Stream<Arguments> constants() {
    byte[] bloom = new byte[BlockHeader.BLOOM_SIZE];
    bloom[100] = 1;
    return Stream.of(
        Arguments.of("ommersHash", (UnaryOperator<BlockHeader.Builder>) b -> b.ommersHash(BlockHeader.EMPTY_TRIE_ROOT)),
        Arguments.of("difficulty", (UnaryOperator<BlockHeader.Builder>) b -> b.difficulty(UInt256.ONE)),
        Arguments.of("mixHash", (UnaryOperator<BlockHeader.Builder>) b -> b.mixHash(Keccak.hash(Bytes.of(2)))),
        Arguments.of("nonce", (UnaryOperator<BlockHeader.Builder>) b -> b.nonce(Bytes.of(0, 0, 0, 0, 0, 0, 0, 1))),
        Arguments.of("logsBloom", (UnaryOperator<BlockHeader.Builder>) b -> b.logsBloom(Bytes.wrap(bloom))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constants")
  void constantFieldsMustHoldTheirConstants(String field, UnaryOperator<BlockHeader.Builder> change) {
    ExecutionResult.Rejected rejected = assertRejected(header(change), Reason.WRONG_CONSTANT_FIELD);
    assertThat(rejected.reason().message()).contains(field);
  }

  @Test
  void blockMustFitTheSizeLimit() {
    int size = Math.toIntExact(BlockSize.of(valid));
    BlockExecutor exact = new BlockExecutor(chain.rules.withMaxBlockBytes(size), SenderRecovery.sequential());
    BlockExecutor tight = new BlockExecutor(chain.rules.withMaxBlockBytes(size - 1), SenderRecovery.sequential());
    long now = valid.header().timestamp();
    assertThat(exact.execute(valid, chain.head, chain.state, now)).isInstanceOf(ExecutionResult.Executed.class);
    ExecutionResult result = tight.execute(valid, chain.head, chain.state, now);
    assertThat(result).isInstanceOf(ExecutionResult.Rejected.class);
    assertThat(((ExecutionResult.Rejected) result).reason().reason()).isEqualTo(Reason.BLOCK_TOO_LARGE);
  }

  @Test
  void transactionsRootMustMatchTheBody() {
    List<Transaction> reversed = new ArrayList<>(valid.transactions());
    Collections.reverse(reversed);
    assertRejected(new Block(valid.header(), new BlockBody(reversed)), Reason.TRANSACTIONS_ROOT_MISMATCH);
    assertRejected(new Block(valid.header(), BlockBody.EMPTY), Reason.TRANSACTIONS_ROOT_MISMATCH);
  }

  @Test
  void anInvalidTransactionRejectsTheWholeBlock() {
    List<Transaction> body = new ArrayList<>(valid.transactions());
    body.add(transfer(3, USERS.get(0), ETHER, 5)); // the account's nonce is 0
    Block withGap = new Block(valid.header().toBuilder().transactionsRoot(BlockRoots.transactionsRoot(body)).build(),
        new BlockBody(body));
    ExecutionResult.Rejected rejected = assertRejected(withGap, Reason.INVALID_TRANSACTION);
    assertThat(rejected.reason().message()).contains("transaction 2").contains("nonce too high");
  }

  @Test
  void gasUsedMustMatchExecution() {
    assertRejected(header(b -> b.gasUsed(valid.header().gasUsed() - 1)), Reason.GAS_USED_MISMATCH);
  }

  @Test
  void receiptsRootMustMatchExecution() {
    assertRejected(header(b -> b.receiptsRoot(Keccak.hash(Bytes.of(3)))), Reason.RECEIPTS_ROOT_MISMATCH);
  }

  @Test
  void stateRootMustMatchExecution() {
    assertRejected(header(b -> b.stateRoot(Keccak.hash(Bytes.of(4)))), Reason.STATE_ROOT_MISMATCH);
  }

  @Test
  void aWorldStateAtAnotherBlockIsTheCallersMistake() {
    BlockHeader notTheHead = chain.head.toBuilder().stateRoot(Keccak.hash(Bytes.of(5))).build();
    Block child = new Block(valid.header().toBuilder().parentHash(notTheHead.hash()).build(), valid.body());
    assertThatThrownBy(() -> chain.executor().execute(child, notTheHead, chain.state, child.header().timestamp()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not the state of parent block 0");
  }

  private Block header(UnaryOperator<BlockHeader.Builder> change) {
    return new Block(change.apply(valid.header().toBuilder()).build(), valid.body());
  }

  private ExecutionResult execute(Block block, long now) {
    return chain.executor().execute(block, chain.head, chain.state, now);
  }

  private ExecutionResult.Rejected assertRejected(Block block, Reason reason) {
    return assertRejected(block, valid.header().timestamp(), reason);
  }

  /** Rejected for {@code reason}, and the state is as before; the valid block still commits after it. */
  private ExecutionResult.Rejected assertRejected(Block block, long now, Reason reason) {
    StateHead headBefore = chain.state.head().orElseThrow();
    BigInteger supplyBefore = chain.supply();
    List<Long> noncesBefore = USERS.stream().map(chain::nonce).toList();

    ExecutionResult result = execute(block, now);

    assertThat(result).isInstanceOf(ExecutionResult.Rejected.class);
    ExecutionResult.Rejected rejected = (ExecutionResult.Rejected) result;
    assertThat(rejected.reason().reason()).isEqualTo(reason);
    assertThat(rejected.reason().message()).startsWith(reason.description());
    assertThat(chain.state.head()).contains(headBefore);
    assertThat(chain.supply()).isEqualTo(supplyBefore);
    assertThat(USERS.stream().map(chain::nonce).toList()).isEqualTo(noncesBefore);
    ExecutionResult again = execute(valid, valid.header().timestamp());
    assertThat(again).isInstanceOf(ExecutionResult.Executed.class);
    return rejected;
  }
}
