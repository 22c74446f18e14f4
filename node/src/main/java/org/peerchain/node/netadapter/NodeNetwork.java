package org.peerchain.node.netadapter;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.Hash;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.sync.BlockSync;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.validator.ConsensusNetwork;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.rpc.api.ChainEventHub;
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
  /** Batches of gossiped transactions waiting for admission; beyond this they are dropped. */
  static final int ADMISSION_QUEUE = 1_024;

  private NodeNetwork(P2pNetwork p2p, BlockSync sync, ScheduledExecutorService timer, ExecutorService admission) {
    this.p2p = p2p;
    this.sync = sync;
    this.timer = timer;
    this.admission = admission;
  }

  /**
   * The consensus side of the network, to give the engine before the network exists: the engine is
   * built first (the network's handler feeds it), and sends nothing until it is started.
   */
  public static final class Outbox implements ConsensusNetwork {
    private final AtomicReference<P2pNetwork> target = new AtomicReference<>();

    @Override
    public void broadcast(ConsensusMessage message) {
      P2pNetwork network = target.get();
      if (network != null) {
        network.broadcastConsensus(ConsensusMessageCodec.encode(message).toArray());
      }
    }
  }

  public static NodeNetwork start(P2pConfig config, KeyPair nodeKey, long chainId, Hash genesisHash, LocalChain chain,
      TxPool pool, NodeConsensus consensus, ChainEventHub events, Outbox outbox, IntConsumer peerGauge) {
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
    NodeP2pHandler handler = new NodeP2pHandler(consensus, pool, admission);
    P2pNetwork p2p;
    try {
      p2p = P2pNetwork.start(config, nodeKey, new NodeChainStatus(chainId, genesisHash, chain, pool), handler);
    } catch (RuntimeException e) {
      timer.shutdownNow();
      admission.shutdownNow();
      throw e;
    }
    BlockSync sync = new BlockSync(p2p, chain, consensus, consensus.signingDomain(), timer, System::currentTimeMillis);
    handler.attach(p2p, sync);
    outbox.target.set(p2p);
    TxAnnouncer announcer = new TxAnnouncer(p2p::announceTxs, timer);
    pool.onNewPending(announcer::add);
    events.onNewHead(head -> {
      p2p.announceBlock(head.header().number(), head.hash());
      sync.onHeadAdvanced();
    });
    timer.scheduleWithFixedDelay(() -> peerGauge.accept(p2p.peerCount()), 1, 1, TimeUnit.SECONDS);
    return new NodeNetwork(p2p, sync, timer, admission);
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
  }
}
