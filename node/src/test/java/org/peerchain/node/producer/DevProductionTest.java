package org.peerchain.node.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.chain.ExecutedBlocks;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.testsupport.ManualLoop;
import org.peerchain.node.testsupport.MemoryChain;

/** A dev chain's production modes and block clock, on a hand-driven loop and clock. */
class DevProductionTest {
  private static final long EMPTY_PERIOD = 5_000;
  private static final Address STRANGER = Address.fromHexString("0x1111111111111111111111111111111111111111");

  private final MemoryChain dev = new MemoryChain(0, EMPTY_PERIOD);
  private final ManualLoop loop = new ManualLoop(1_700_000_000_000L);
  private final List<BlockBuilt> built = new ArrayList<>();
  private final KeyPair validator = DevChain.validatorKey();
  private final DevMining mining = new DevMining(false, 0);
  private final BlockProducer producer = new BlockProducer(loop, built::add, dev.chain, dev.pool,
      new BlockBuilder(dev.rules, true), new ExecutedBlocks(),
      new OwnProposals(dev.chain.chain(), ValidatorSet.of(dev.genesis.validators()), Optional.of(validator.address())),
      validator.address(), 0, EMPTY_PERIOD, loop::millis, Optional.of(mining));

  private Transaction transfer(long nonce) {
    KeyPair sender = DevChain.accounts(1).get(0);
    return TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.valueOf(1_000_000_000L)).maxFeePerGas(UInt256.valueOf(100_000_000_000L))
        .gasLimit(21_000).to(DevChain.accounts(2).get(1).address()).value(UInt256.valueOf(BigInteger.TEN.pow(15)))
        .data(Bytes.EMPTY).build(), MemoryChain.CHAIN_ID, sender.privateKey());
  }

  @Test
  void withoutMiningPendingTransactionsWaitUntilAnOrderAndTheOrderTakesThem() {
    producer.request(1, 0);
    dev.pool.add(transfer(0));
    loop.advance(10 * EMPTY_PERIOD);
    assertThat(built).as("no automine, no interval, no empty blocks").isEmpty();
    mining.order(DevOrder.mine(OptionalLong.of(1_800_000_000L)));
    producer.devChanged();
    loop.runPending();
    assertThat(built).singleElement().satisfies(b -> {
      assertThat(b.block().transactions()).hasSize(1);
      assertThat(b.block().header().timestamp()).isEqualTo(1_800_000_000L);
    });
  }

  @Test
  void aCheatsBlockSetsTheAccountKeepsTheParentsTimeAndLeavesThePoolAlone() {
    producer.request(1, 0);
    dev.pool.add(transfer(0));
    mining.order(DevOrder.cheat("anvil_setBalance", Map.of(STRANGER, a -> a.withBalance(UInt256.valueOf(7)))));
    producer.devChanged();
    loop.runPending();
    assertThat(built).singleElement().satisfies(b -> {
      assertThat(b.block().transactions()).isEmpty();
      assertThat(b.block().header().timestamp()).isEqualTo(dev.chain.head().timestamp());
      assertThat(new String(b.block().header().extraData().toArray())).isEqualTo("anvil_setBalance");
      assertThat(b.block().header().stateRoot()).isNotEqualTo(dev.chain.head().stateRoot());
    });
  }

  @Test
  void intervalMiningBuildsOnTheIntervalWithoutTransactions() {
    mining.setIntervalMs(2_000);
    producer.request(1, 0);
    loop.advance(1_999);
    assertThat(built).isEmpty();
    loop.advance(1);
    assertThat(built).hasSize(1);
  }

  @Test
  void theClockTakesAFixedNextTimestampThenGoesOnFromIt() {
    var parent = dev.chain.head();
    mining.setNextTimestamp(parent.timestamp() + 1_000);
    long now = (parent.timestamp() + 10) * 1000;
    assertThat(mining.nextBlockTimestamp(parent, now, OptionalLong.empty())).isEqualTo(parent.timestamp() + 1_000);
    assertThat(mining.nextBlockTimestamp(parent, now + 5_000, OptionalLong.empty())).isEqualTo(parent.timestamp() + 1_005);
    mining.setTimestampInterval(Long.MAX_VALUE);
    assertThat(mining.nextBlockTimestamp(parent, now, OptionalLong.empty())).as("saturates").isEqualTo(Long.MAX_VALUE);
    assertThat(mining.removeTimestampInterval()).isTrue();
    assertThat(mining.nextBlockTimestamp(parent, 0, OptionalLong.of(1))).as("never before the parent")
        .isEqualTo(parent.timestamp());
  }
}
