package org.peerchain.node.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockBuilt;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.chain.ExecutedBlocks;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.testsupport.ManualLoop;
import org.peerchain.node.testsupport.MemoryChain;
import org.peerchain.node.txpool.AddResult;

/** When the proposer builds, on a hand-driven loop and clock: no threads, no sleeps. */
class BlockProducerTest {
  private static final long BLOCK_PERIOD = 1_000;
  private static final long EMPTY_PERIOD = 5_000;

  private final MemoryChain dev = new MemoryChain(BLOCK_PERIOD, EMPTY_PERIOD);
  private final ManualLoop loop = new ManualLoop(1_700_000_000_000L);
  private final List<BlockBuilt> built = new ArrayList<>();
  private final ExecutedBlocks executed = new ExecutedBlocks();
  private final KeyPair validator = DevChain.validatorKey();
  private final BlockProducer producer = new BlockProducer(loop, built::add, dev.chain, dev.pool,
      new BlockBuilder(dev.rules), executed,
      new OwnProposals(dev.chain.chain(), ValidatorSet.of(dev.genesis.validators()), Optional.of(validator.address())),
      validator.address(), BLOCK_PERIOD, EMPTY_PERIOD, loop::millis);

  private Transaction transfer(long nonce) {
    KeyPair sender = DevChain.accounts(1).get(0);
    return TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.valueOf(1_000_000_000L)).maxFeePerGas(UInt256.valueOf(100_000_000_000L))
        .gasLimit(21_000).to(DevChain.accounts(2).get(1).address()).value(UInt256.valueOf(BigInteger.TEN.pow(15)))
        .data(Bytes.EMPTY).build(), MemoryChain.CHAIN_ID, sender.privateKey());
  }

  @Test
  void withNothingPooledTheEmptyBlockComesWhenTheEmptyPeriodIsUp() {
    producer.request(1, 0);
    loop.advance(EMPTY_PERIOD - 1);
    assertThat(built).isEmpty();
    loop.advance(1);
    assertThat(built).singleElement().satisfies(b -> {
      assertThat(b.height()).isEqualTo(1);
      assertThat(b.block().transactions()).isEmpty();
      assertThat(b.block().header().coinbase()).isEqualTo(validator.address());
    });
    assertThat(executed.get(built.get(0).block().hash())).as("the proposer's own execution is kept").isPresent();
  }

  @Test
  void aPooledTransactionBringsTheBlockForwardToTheBlockPeriod() {
    producer.request(1, 0);
    loop.advance(200);
    assertThat(dev.pool.add(transfer(0))).isInstanceOf(AddResult.Added.class);
    loop.runPending();
    assertThat(built).as("the minimum period has not passed").isEmpty();
    loop.advance(BLOCK_PERIOD - 200);
    assertThat(built).singleElement().satisfies(b -> assertThat(b.block().transactions()).hasSize(1));
  }

  @Test
  void aBurstOfTransactionsQueuesOneCheckAndOneTimer() {
    producer.request(1, 0);
    int timers = loop.timers();
    for (int nonce = 0; nonce < 50; nonce++) {
      dev.pool.add(transfer(nonce));
    }
    assertThat(loop.runPending()).isEqualTo(1);
    assertThat(loop.timers()).isEqualTo(timers + 1);
    loop.advance(BLOCK_PERIOD);
    assertThat(built).singleElement().satisfies(b -> assertThat(b.block().transactions()).hasSize(50));
  }

  @Test
  void inALaterRoundTheBlockIsBuiltAtOnce() {
    producer.request(1, 1);
    assertThat(built).singleElement().satisfies(b -> assertThat(b.round()).isEqualTo(1));
  }

  @Test
  void aRequestForAHeightThatIsNotNextIsDropped() {
    producer.request(3, 1);
    assertThat(built).isEmpty();
  }

  @Test
  void aCommitDropsTheRequestAndRestartsThePeriods() {
    producer.request(1, 0);
    loop.advance(EMPTY_PERIOD - 10);
    producer.onCommitted();
    loop.advance(100);
    assertThat(built).as("the request was for the old height; its timer finds none").isEmpty();
    // The new request waits a full empty period from the commit, not from the first request.
    producer.request(1, 0);
    loop.advance(EMPTY_PERIOD - 101);
    assertThat(built).isEmpty();
    loop.advance(1);
    assertThat(built).hasSize(1);
  }
}
