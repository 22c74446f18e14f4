package org.peerchain.node.validator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.TimeoutPolicy;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusEvent.ProposalReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.VoteReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent;
import org.peerchain.consensus.bft.engine.Evidence;
import org.peerchain.consensus.bft.engine.RoundStateView;
import org.peerchain.consensus.bft.engine.Tendermint;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.consensus.bft.signer.SignerState;
import org.peerchain.consensus.bft.signer.SignerStateStore;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.consensus.execution.BlockExecutor;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.chain.BatchedSignerStateStore;
import org.peerchain.node.chain.BlockCommitter;
import org.peerchain.node.chain.ExecutedBlocks;
import org.peerchain.node.chain.KnownSenders;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.chain.SignerStores;
import org.peerchain.node.events.NodeEvent.EquivocationFound;
import org.peerchain.node.events.NodeEvent.RoundStarted;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.producer.BlockProducer;
import org.peerchain.node.producer.DevMining;
import org.peerchain.node.producer.OwnProposals;
import org.peerchain.node.txpool.TxPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consensus as the node runs it: the Tendermint engine on its event loop, with block production,
 * execution and commit wired to the chain, the pool and the network.
 */
public final class NodeConsensus implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeConsensus.class);
  private static final String SIGNER_KEY = "local-signer";
  /** Signatures checked ahead and not yet used by the engine: a few rounds of votes of a large set. */
  private static final int PRE_VERIFIED = 8_192;
  /** Events waiting for the consensus thread beyond which peers' messages are ignored, not queued. */
  static final int MAX_BACKLOG = 10_000;

  private Tendermint engine;
  private final ConsensusLoop loop;
  private final ScheduledExecutorService timer;
  private final ExecutorService recovery;
  private final NodeActions actions;
  private final ValidatorSet validators;
  private final OwnProposals ownProposals;
  private final Optional<SignerState> lastSigned;
  private final SigningDomain domain;
  private final MessageJudge judge;
  private final ChainRules rules;
  private final NodeEvents events;
  private final RoundRecorder rounds;
  private final Setup setup;
  private final PreVerifiedSignatures signatures;
  private final ExecutedBlocks executed;
  private final BlockProducer producer;
  // A sole validator without a network: its signer's records ride in each block's batch.
  private final Optional<BatchedSignerStateStore> batchedSigner;
  private final Optional<SignerStateStore> signerStore;
  private volatile RoundStateView roundState;

  /** What the node sets consensus up with. {@code validatorKey} empty: follow and verify, never sign. */
  public record Setup(Genesis genesis, LocalChain chain, TxPool pool, Optional<KeyPair> validatorKey,
      TimeoutPolicy timeouts, NodeEvents events, NodeMetrics metrics, ConsensusNetwork network,
      Optional<DevMining> devMining) {
    public Setup(Genesis genesis, LocalChain chain, TxPool pool, Optional<KeyPair> validatorKey,
        TimeoutPolicy timeouts, NodeEvents events, NodeMetrics metrics, ConsensusNetwork network) {
      this(genesis, chain, pool, validatorKey, timeouts, events, metrics, network, Optional.empty());
    }
  }

  public NodeConsensus(Setup setup) {
    this.setup = setup;
    Genesis genesis = setup.genesis();
    validators = ValidatorSet.of(genesis.validators());
    rules = ChainRules.of(genesis);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    recovery = Executors.newFixedThreadPool(threads, daemon("sender-recovery"));
    timer = Executors.newSingleThreadScheduledExecutor(daemon("consensus-timer"));
    loop = new ConsensusLoop(timer);
    // Block 0 as this node computed and stored it: votes of a chain with another genesis never verify here.
    // A snap-synced chain starts above block 0 and stored only its hash, computed from the same genesis.
    domain = new SigningDomain(genesis.chainId(), setup.chain().chain().blockHashByNumber(0)
        .orElseGet(() -> GenesisBlock.hash(genesis)));
    loop.onHalt(reason -> setup.metrics().onConsensusHalted());
    // ConsensusNetwork.NONE is what a node without p2p is given: its signatures go nowhere but into its blocks.
    signerStore = setup.validatorKey().map(key -> SignerStores.forValidator(setup.chain().chain(), SIGNER_KEY,
        validators, key.address(), setup.network() != ConsensusNetwork.NONE));
    batchedSigner = signerStore.filter(BatchedSignerStateStore.class::isInstance).map(BatchedSignerStateStore.class::cast);
    Optional<LocalSigner> signer = signer();
    // Peers' messages are verified before relay on the network's pool; the engine takes those answers.
    signatures = new PreVerifiedSignatures(MessageVerifier.secp256k1(), PRE_VERIFIED);
    judge = new MessageJudge(domain, validators, signatures.ahead(), rules);
    engine = new Tendermint(domain, validators, signer, setup.timeouts(), signatures,
        setup.chain().head().number() + 1);
    executed = new ExecutedBlocks();
    BlockExecutor executor = new BlockExecutor(rules, recovery, threads);
    ownProposals = new OwnProposals(setup.chain().chain(), validators, setup.validatorKey().map(KeyPair::address),
        batchedSigner.isPresent());
    lastSigned = signer.flatMap(LocalSigner::lastSigned);
    producer = new BlockProducer(loop, loop::post, setup.chain(), setup.pool(),
        new BlockBuilder(rules, setup.devMining().isPresent()), executed,
        ownProposals, setup.validatorKey().map(KeyPair::address).orElse(null), genesis.blockPeriodMs(), genesis.emptyBlockPeriodMs(),
        System::currentTimeMillis, setup.devMining());
    BlockCommitter committer = new BlockCommitter(setup.chain(), setup.pool(), setup.events(), setup.metrics(),
        System::nanoTime, () -> batchedSigner.map(BatchedSignerStateStore::pendingRows).orElse(Map.of()));
    actions = new NodeActions(loop, setup.chain(), executor, executed, producer, committer, setup.network(),
        new KnownSenders(setup.pool()::get),
        System::currentTimeMillis, System::nanoTime);
    roundState = engine.snapshot();
    events = setup.events();
    actions.onEvidence(found -> events.publish(new EquivocationFound(found)));
    rounds = new RoundRecorder(validators, roundState.height(), line -> LOG.info("{}", line));
  }

  public void start() {
    loop.start(event -> {
      rounds.onEvent(event);
      var out = engine.handle(event);
      rounds.onActions(out);
      moved(engine.snapshot());
      engine.haltReason().ifPresent(reason -> {
        throw new IllegalStateException("the consensus engine halted: " + reason);
      });
      return out;
    }, actions, () -> {
      var out = engine.start();
      rounds.onActions(out);
      roundState = engine.snapshot();
      events.publish(new RoundStarted(roundState.height(), roundState.round()));
      return out;
    });
    ownProposals.decidedBeforeRestart(lastSigned, validators, domain).ifPresent(loop::post);
  }

  /** Called on the consensus thread after each engine step. */
  private void moved(RoundStateView now) {
    RoundStateView before = roundState;
    roundState = now;
    rounds.onView(before, now);
    if (now.height() != before.height() || now.round() != before.round()) {
      events.publish(new RoundStarted(now.height(), now.round()));
    }
  }

  private Optional<LocalSigner> signer() {
    return setup.validatorKey().map(key -> new LocalSigner(domain, key, signerStore.orElseThrow()));
  }

  /** A dev chain's mining changed (an order, the mode): the producer looks again. */
  public void devMiningChanged() {
    producer.devChanged();
  }

  /**
   * A one-validator dev chain goes back (evm_revert, anvil_reset): on the consensus thread, between
   * blocks, {@code rewindChain} takes chain and state back, then the engine starts afresh at the
   * height after the new head with a fresh signer (the rewind dropped the signer's records of the
   * heights that no longer exist). Events of the old engine still queued are for other heights or
   * rounds and are ignored. The future fails with {@code rewindChain}'s exception, the engine then
   * unchanged.
   */
  public CompletableFuture<Void> restartAfter(Runnable rewindChain) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.runActions(() -> {
      try {
        rewindChain.run();
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return List.of();
      }
      batchedSigner.ifPresent(BatchedSignerStateStore::discard);
      executed.clear();
      producer.onRewound();
      engine = new Tendermint(domain, validators, signer(), setup.timeouts(), signatures,
          setup.chain().head().number() + 1);
      moved(engine.snapshot());
      done.complete(null);
      var out = engine.start();
      rounds.onActions(out);
      moved(engine.snapshot());
      return out;
    });
    return done;
  }

  /** Runs {@code task} on the consensus thread, between blocks: what it reads of chain and pool agrees. */
  public <T> CompletableFuture<T> onLoop(Supplier<T> task) {
    CompletableFuture<T> done = new CompletableFuture<>();
    loop.execute(() -> {
      try {
        done.complete(task.get());
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
      }
    });
    return done;
  }

  /** A certified block, or another event the node has already checked. */
  public void onEvent(ConsensusEvent event) {
    loop.post(event);
  }

  /**
   * Judges a peer's proposal or vote against where the engine is and, when it is valid, hands it
   * to the engine. Called off the consensus thread, on the network's verification pool.
   */
  public Judgement admit(ConsensusMessage message) {
    if (loop.backlog() >= MAX_BACKLOG) {
      // The engine is behind: a peer's message waits its turn elsewhere (it may come again), never here.
      return Judgement.ignore("consensus loop busy (" + loop.backlog() + " waiting)");
    }
    Judgement judgement = judge.judge(message, roundState);
    if (judgement.outcome() == Judgement.Outcome.ACCEPT) {
      loop.post(message instanceof Proposal p ? new ProposalReceived(p) : new VoteReceived((Vote) message));
    }
    return judgement;
  }

  /** Why consensus stopped (an internal failure); empty while it runs. */
  public Optional<String> haltReason() {
    return loop.haltReason();
  }

  /** {@code listener} hears, on the consensus thread, of each final block that did not commit here. */
  public void onCommitFailure(CommitFailureListener listener) {
    actions.onCommitFailure(listener);
  }

  public ChainRules rules() {
    return rules;
  }

  public RoundStateView roundState() {
    return roundState;
  }

  /** What this node's consensus signatures and certificates are bound to: chain id and genesis hash. */
  public SigningDomain signingDomain() {
    return domain;
  }

  public ValidatorSet validators() {
    return validators;
  }

  public List<Evidence> evidence() {
    return actions.evidence();
  }

  @Override
  public void close() {
    loop.close();
    timer.shutdownNow();
    recovery.shutdownNow();
    try {
      recovery.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      // Block execution and its sender recovery are on consensus's path: ahead of RPC work when
      // the JVM maps priorities to the OS (-XX:ThreadPriorityPolicy=1, as testnet nodes run).
      t.setPriority(Thread.MAX_PRIORITY);
      return t;
    };
  }
}
