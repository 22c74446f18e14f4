package org.peerchain.node.sync.snap;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.node.config.SyncSettings;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.api.Validation;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.storage.kv.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start of a node with an empty data directory: before the chain exists, connect to the
 * peers with a network that serves nothing, and if they are far enough ahead (or an earlier snap
 * sync was cut short), snap sync into the store so that the chain starts at the pivot. Otherwise
 * leave the store empty for genesis and block sync. Runs on the starting thread; the node starts
 * its own network afterwards.
 */
public final class SnapBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(SnapBootstrap.class);
  /** How long connected peers are watched for a head far enough ahead before full sync is chosen. */
  static final Duration SETTLE = Duration.ofSeconds(1);
  /** How long to wait for any peer before joining by full sync. */
  static final Duration PEER_WAIT = Duration.ofSeconds(10);

  /** Gossip is of no use before the chain exists: everything is ignored. */
  public static final P2pHandler IGNORING = new P2pHandler() {
    @Override
    public void onConsensusMessage(PeerId from, byte[] message, Consumer<Validation> verdict) {
      verdict.accept(Validation.IGNORE);
    }

    @Override
    public void onTransactions(PeerId from, java.util.List<Transaction> transactions) {}

    @Override
    public void onNewBlock(PeerId from, long height, Hash hash) {}
  };

  private final Genesis genesis;
  private final SyncSettings sync;
  private final SnapSync.Settings settings;
  private final LongSupplier nanoTime;
  private volatile SnapSync current;

  public SnapBootstrap(Genesis genesis, SyncSettings sync, SnapSync.Settings settings, LongSupplier nanoTime) {
    this.genesis = genesis;
    this.sync = sync;
    this.settings = settings;
    this.nanoTime = nanoTime;
  }

  /** Where a running snap sync stands. */
  public Optional<SnapSync.Progress> progress() {
    SnapSync s = current;
    return s == null ? Optional.empty() : s.progress();
  }

  /**
   * Snap syncs into {@code kv} when that is the way to join; {@code network} starts the temporary
   * network, closed before this returns.
   *
   * @return the pivot the chain now starts at, or empty when the node is to start from genesis
   */
  public Optional<BlockWithCertificate> run(KeyValueStore kv, Supplier<P2pNetwork> network) throws InterruptedException {
    Hash genesisHash = GenesisBlock.hash(genesis);
    StoreSnapTarget target = new StoreSnapTarget(kv, genesisHash);
    boolean resuming = target.load().isPresent();
    try (P2pNetwork p2p = network.get()) {
      SnapPeers peers = SnapPeers.of(p2p);
      if (!resuming && !farBehind(peers)) {
        return Optional.empty();
      }
      ChainRules rules = ChainRules.of(genesis);
      PivotCheck check = new PivotCheck(ValidatorSet.of(genesis.validators()), rules,
          new SigningDomain(genesis.chainId(), genesisHash), CertificateVerifier.secp256k1());
      SnapSync snap = new SnapSync(peers, check, target, settings, nanoTime);
      current = snap;
      try {
        return Optional.of(snap.run());
      } catch (NoSnapshotException e) {
        // Accounts an unfinished sync staged stay unused beside the chain from genesis.
        LOG.warn("Snap sync: {}; joining by full sync from genesis", e.getMessage());
        return Optional.empty();
      }
    }
  }

  /** Stops a running sync (the node is shutting down). */
  public void stop() {
    SnapSync s = current;
    if (s != null) {
      s.stop();
    }
  }

  private boolean farBehind(SnapPeers peers) throws InterruptedException {
    Duration wait = settings.peerWait().compareTo(PEER_WAIT) < 0 ? settings.peerWait() : PEER_WAIT;
    long deadline = nanoTime.getAsLong() + wait.toNanos();
    long firstSeen = -1;
    while (nanoTime.getAsLong() < deadline) {
      Map<PeerId, Long> heads = peers.heads();
      long best = heads.values().stream().mapToLong(Long::longValue).max().orElse(0);
      if (best > sync.snapMinGap()) {
        LOG.info("Peers are at #{}, more than {} blocks ahead: joining by snap sync", best, sync.snapMinGap());
        return true;
      }
      if (!heads.isEmpty() && firstSeen < 0) {
        firstSeen = nanoTime.getAsLong();
      }
      if (firstSeen >= 0 && nanoTime.getAsLong() - firstSeen >= SETTLE.toNanos()) {
        LOG.info("Peers are at #{}, within {} blocks: joining by full sync from genesis", best, sync.snapMinGap());
        return false;
      }
      Thread.sleep(100);
    }
    LOG.info("No peer within {}: joining by full sync from genesis", wait);
    return false;
  }
}
