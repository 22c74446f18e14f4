package org.peerchain.node.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusAction.Commit;
import org.peerchain.consensus.bft.engine.ConsensusAction.ExecuteBlock;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockExecuted;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BodyMismatch;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitFailed;
import org.peerchain.consensus.bft.engine.ConsensusEvent.Committed;
import org.peerchain.consensus.bft.engine.ConsensusEvent;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.consensus.execution.BlockExecutor;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.chain.BlockCommitter;
import org.peerchain.node.chain.ExecutedBlocks;
import org.peerchain.node.chain.KnownSenders;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.producer.BlockProducer;
import org.peerchain.node.producer.OwnProposals;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/** Executing and committing on a real in-memory chain: an altered body is the copy's fault, and a failed commit says so. */
class NodeActionsTest {
  private static final long CHAIN_ID = 1337;
  private final List<KeyPair> accounts = DevChain.accounts(1);
  private final Genesis genesis = DevChain.genesis(CHAIN_ID, accounts, DevChain.ethToWei(BigInteger.TEN), 0, 10_000,
      1_700_000_000L);
  private final ChainRules rules = ChainRules.of(genesis);
  private final KeyPair validator = DevChain.validatorKey();
  private final AtomicLong millis = new AtomicLong(1_700_000_010_000L);
  private final ExecutorService recovery = Executors.newSingleThreadExecutor();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final LocalChain chain;
  private final NodeActions actions;
  private final Block block;
  private final List<String> failures = new ArrayList<>();

  NodeActionsTest() {
    InMemoryKeyValueStore kv = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = WorldState.open(kv, StatePruning.archive());
    GenesisBlock.Result g = GenesisBlock.build(genesis, state);
    ChainStore store = ChainStore.initialize(kv, g.block(), g.state());
    state.onCommitted(g.state());
    chain = new LocalChain(store, state);
    TxPool pool = new TxPool(TxPoolConfig.DEFAULT, state::account, CHAIN_ID,
        () -> rules.baseFees().next(chain.head()), genesis.gasLimit());
    ExecutedBlocks executed = new ExecutedBlocks();
    ConsensusLoop loop = new ConsensusLoop(timer);
    BlockProducer producer = new BlockProducer(loop, built -> {}, chain, pool, new BlockBuilder(rules), executed,
        new OwnProposals(store, ValidatorSet.of(genesis.validators()), Optional.of(validator.address())),
        validator.address(), 0, 10_000, millis::get);
    NodeMetrics metrics = new NodeMetrics(System::nanoTime);
    BlockCommitter committer = new BlockCommitter(chain, pool, new NodeEvents(), metrics, System::nanoTime);
    actions = new NodeActions(loop, chain, new BlockExecutor(rules, recovery, 1), executed, producer, committer,
        ConsensusNetwork.NONE, new KnownSenders(h -> Optional.empty()), millis::get, System::nanoTime);
    actions.onCommitFailure((height, hash, reason) -> failures.add(height + " " + hash + " " + reason));
    block = new BlockBuilder(rules).build(chain.head(), validator.address(), 1_700_000_001L, List.of(transfer()),
        state, Bytes.EMPTY).block();
  }

  @AfterEach
  void stop() {
    recovery.shutdownNow();
    timer.shutdownNow();
  }

  private Transaction transfer() {
    UnsignedTransaction tx = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0)
        .maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(10_000_000_000L)).gasLimit(21_000)
        .to(Address.fromHexString("0x00000000000000000000000000000000000000aa")).value(UInt256.ONE).build();
    return TransactionSigner.sign(tx, CHAIN_ID, accounts.get(0).privateKey());
  }

  private static Block withBody(Block b, BlockBody body) {
    return new Block(b.header(), body);
  }

  private CommitCertificate certificate(Block b) {
    Hash signed = SigningBytes.vote(new SigningDomain(CHAIN_ID, chain.chain().blockHashByNumber(0).orElseThrow()),
        VoteType.PRECOMMIT, b.number(), 0, Optional.of(b.hash()));
    return new CommitCertificate(b.number(), 0, b.hash(),
        List.of(new CommitSignature(validator.address(), Secp256k1.get().sign(signed, validator.privateKey()))));
  }

  @Test
  void anAlteredBodyIsReportedAsSuchAndTheRealOneExecutes() {
    Block altered = withBody(block, BlockBody.EMPTY);
    assertThat(actions.handle(new ExecuteBlock(altered))).singleElement().isInstanceOfSatisfying(BodyMismatch.class,
        m -> assertThat(m.block()).isSameAs(altered));
    assertThat(actions.handle(new ExecuteBlock(block))).containsExactly(new BlockExecuted(block.hash(), true, ""));
    // Executed once already: an altered copy of the same hash is still found out, not taken from the cache.
    assertThat(actions.handle(new ExecuteBlock(altered))).singleElement().isInstanceOf(BodyMismatch.class);
  }

  @Test
  void aBlockThatBreaksARuleIsInvalidNotAMismatch() {
    Block wrongState = new Block(block.header().toBuilder().stateRoot(Hash.ZERO).build(), block.body());
    assertThat(actions.handle(new ExecuteBlock(wrongState))).singleElement()
        .isInstanceOfSatisfying(BlockExecuted.class, x -> assertThat(x.valid()).isFalse());
  }

  @Test
  void aCertifiedBlockWithAnAlteredBodyDoesNotCommitAndTheRealOneThenDoes() {
    Block altered = withBody(block, BlockBody.EMPTY);
    List<ConsensusEvent> out = actions.handle(new Commit(altered, certificate(block)));
    assertThat(out).singleElement().isInstanceOfSatisfying(CommitFailed.class, f -> {
      assertThat(f.height()).isEqualTo(1);
      assertThat(f.blockHash()).isEqualTo(block.hash());
      assertThat(f.reason()).contains("header says");
    });
    assertThat(failures).singleElement().satisfies(f -> assertThat(f).startsWith("1 " + block.hash()));
    assertThat(chain.head().number()).isZero();

    assertThat(actions.handle(new Commit(block, certificate(block))))
        .containsExactly(new Committed(1, block.hash()));
    assertThat(chain.head().number()).isEqualTo(1);
    assertThat(chain.chain().block(block.hash())).contains(block);
  }
}
