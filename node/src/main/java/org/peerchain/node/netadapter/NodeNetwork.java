package org.peerchain.node.netadapter;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.Hash;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.concurrent.EventLoop;
import org.peerchain.node.events.NodeEvent.ConsensusMessageSigned;
import org.peerchain.node.events.NodeEvent.HeadAdvanced;
import org.peerchain.node.events.NodeEvent.TxAdmitted;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.sync.BlockSync;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.rpc.api.SyncProgress;

/**
 * The node on the network: consensus messages out to peers and in to the engine, transactions
 * gossiped both ways, finalized blocks announced, and sync when the node is behind.
 */
public final class NodeNetwork implements AutoCloseable {
  private final P2pNetwork p2p;
  private final BlockSync sync;
  private final ScheduledExecutorService timer;
  private final ExecutorService admission;
  private final ExecutorService verification;
  /** Batches of gossiped transactions waiting for admission; beyond this they are dropped. */
  static final int ADMISSION_QUEUE = 1_024;
  /** Threads checking consensus messages before relay: signature recovery is the cost. */
  static final int VERIFIERS = 2;

  private NodeNetwork(P2pNetwork p2p, BlockSync sync, ScheduledExecutorService timer, ExecutorService admission,
      ExecutorService verification) {
    this.verification = verification;
    this.p2p = p2p;
    this.sync = sync;
    this.timer = timer;
    this.admission = admission;
  }

  public static NodeNetwork start(P2pConfig config, KeyPair nodeKey, long chainId, Hash genesisHash, LocalChain chain,
      TxPool pool, NodeConsensus consensus, NodeEvents events, IntConsumer peerGauge) {
    return start(config, nodeKey, chainId, genesisHash, chain, pool, consensus, events, peerGauge, Optional.empty());
  }

  /** As above, also serving the state snapshots {@code snapshots} names. */
  public static NodeNetwork start(P2pConfig config, KeyPair nodeKey, long chainId, Hash genesisHash, LocalChain chain,
      TxPool pool, NodeConsensus consensus, NodeEvents events, IntConsumer peerGauge,
      Optional<SnapshotSource> snapshots) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread t = new Thread(runnable, "network-node");
      t.setDaemon(true);
      return t;
    });
    // One thread: gossip admission gets at most one core, whatever peers send.
    ExecutorService admission = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(ADMISSION_QUEUE), runnable -> {
          Thread t = new Thread(runnable, "tx-admission");
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    ConsensusValidation.Limits limits = ConsensusValidation.Limits.DEFAULT;
    ExecutorService verification = new ThreadPoolExecutor(VERIFIERS, VERIFIERS, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(limits.total()), runnable -> {
          Thread t = new Thread(runnable, "consensus-verify");
          t.setDaemon(true);
          // Votes and proposals are checked ahead of RPC work (with -XX:ThreadPriorityPolicy=1).
          t.setPriority(Thread.MAX_PRIORITY);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    NodeP2pHandler handler = new NodeP2pHandler(new ConsensusValidation(consensus::admit, verification, limits), pool,
        admission);
    P2pNetwork p2p;
    try {
      p2p = P2pNetwork.start(config, nodeKey, new NodeChainStatus(chainId, genesisHash, chain, pool,
          snapshots.map(src -> new SnapshotServing(chain, src.reader()))), handler);
    } catch (RuntimeException e) {
      timer.shutdownNow();
      admission.shutdownNow();
      verification.shutdownNow();
      throw e;
    }
    BlockSync sync = new BlockSync(p2p, chain, consensus, consensus.signingDomain(), timer, System::currentTimeMillis);
    handler.attach(p2p::penalize, sync);
    TxAnnouncer announcer = new TxAnnouncer(p2p::announceTxs, EventLoop.of(timer));
    // An impersonated (unsigned) dev transaction is never announced; a network pool never admits one.
    events.subscribe(TxAdmitted.class, admitted -> {
      if (!admitted.tx().isImpersonated()) {
        announcer.add(admitted.tx());
      }
    });
    events.subscribe(ConsensusMessageSigned.class,
        signed -> p2p.broadcastConsensus(ConsensusMessageCodec.encode(signed.message()).toArray()));
    events.subscribe(HeadAdvanced.class, head -> {
      p2p.announceBlock(head.number(), head.hash());
      sync.onHeadAdvanced();
    });
    timer.scheduleWithFixedDelay(() -> peerGauge.accept(p2p.peerCount()), 1, 1, TimeUnit.SECONDS);
    return new NodeNetwork(p2p, sync, timer, admission, verification);
  }

  public int peerCount() {
    return p2p.peerCount();
  }

  public String enode() {
    return p2p.enode();
  }

  public String nodeId() {
    return p2p.nodeId().toHex();
  }

  public int port() {
    return p2p.port();
  }

  public Optional<SyncProgress> syncProgress() {
    return sync.progress();
  }

  public BlockSync sync() {
    return sync;
  }

  public P2pNetwork p2p() {
    return p2p;
  }

  @Override
  public void close() {
    sync.close();
    p2p.close();
    timer.shutdownNow();
    admission.shutdownNow();
    verification.shutdownNow();
  }
}
