package org.peerchain.node.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitReceived;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.rpc.api.SyncProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches up with the network: when peers report heads beyond ours, block ranges are requested from
 * several peers at once (a range per peer, as BitTorrent fetches pieces from many sources), each
 * block's certificate is checked against the validator set, and the blocks are handed to consensus in
 * order, which commits them as it would a decision of its own. A range that fails or comes back
 * wrong is asked of another peer, and a peer that sends a bad certificate is penalized.
 */
public final class BlockSync implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BlockSync.class);
  static final int RANGE = 64;
  static final int MAX_IN_FLIGHT = 8;
  /** Ranges one peer is asked for at a time: more peers, more ranges in parallel; none is hammered. */
  static final int MAX_IN_FLIGHT_PER_PEER = 2;
  static final int MAX_READY = 1_024;
  static final long TICK_MS = 250;
  static final long PROGRESS_LOG_MS = 5_000;
  /** A node this close to its peers' head is in sync: consensus, not sync, brings it the next block. */
  static final long SYNCING_GAP = 2;
  private static final int BAD_CERTIFICATE_PENALTY = 50;

  private final P2pNetwork network;
  private final LocalChain chain;
  private final NodeConsensus consensus;
  private final ValidatorSet validators;
  private final SigningDomain domain;
  private final CertificateVerifier certificates = CertificateVerifier.secp256k1();
  private final LongSupplier millis;
  private final Map<PeerId, Long> peerHeads = new ConcurrentHashMap<>();
  private final Map<PeerId, Long> blocksByPeer = new ConcurrentHashMap<>();
  private final ScheduledFuture<?> ticker;
  // Guarded by this.
  private final TreeMap<Long, BlockWithCertificate> ready = new TreeMap<>();
  private final Set<Long> inFlight = new HashSet<>();
  private final Map<PeerId, Integer> inFlightByPeer = new java.util.HashMap<>();
  private final Deque<Long> retry = new ArrayDeque<>();
  private long fedUpTo;
  private long fedAtMillis;
  private long startHeight = -1;
  private long lastLogMillis;
  private long lastLogHeight;
  private int peerCursor;

  public BlockSync(P2pNetwork network, LocalChain chain, NodeConsensus consensus, SigningDomain domain,
      ScheduledExecutorService timer, LongSupplier millis) {
    this.network = network;
    this.chain = chain;
    this.consensus = consensus;
    this.validators = consensus.validators();
    this.domain = domain;
    this.millis = millis;
    this.ticker = timer.scheduleWithFixedDelay(this::tickSafely, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
  }

  public void onPeerHead(PeerId peer, long height) {
    peerHeads.merge(peer, height, Math::max);
  }

  public void onPeerGone(PeerId peer) {
    peerHeads.remove(peer);
  }

  /** Where sync stands, while this node is more than a couple of blocks behind its peers. */
  public Optional<SyncProgress> progress() {
    long head = chain.head().number();
    long target = target();
    if (target - head <= SYNCING_GAP) {
      return Optional.empty();
    }
    long start;
    synchronized (this) {
      start = startHeight < 0 ? head : startHeight;
    }
    return Optional.of(new SyncProgress(Math.min(start, head), head, target));
  }

  /** Blocks each peer has served: sync spreads its ranges over peers. */
  public Map<PeerId, Long> blocksByPeer() {
    return Map.copyOf(blocksByPeer);
  }

  private long target() {
    return peerHeads.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("Sync tick failed", e);
    }
  }

  private void tick() {
    // Heads from the handshake and from announcements; the connection list catches what came before we listened.
    network.peers().forEach(p -> onPeerHead(p.id(), p.headHeight()));
    long head = chain.head().number();
    long target = target();
    synchronized (this) {
      ready.headMap(head, true).clear();
      if (fedUpTo < head) {
        fedUpTo = head;
      }
      // Consensus ignores a certified block that is not for its current height; start over from the head then.
      if (fedUpTo > head && millis.getAsLong() - fedAtMillis > 5_000) {
        fedUpTo = head;
      }
      if (target <= head) {
        startHeight = -1;
        return;
      }
      if (startHeight < 0 && target - head > SYNCING_GAP) {
        startHeight = head;
        lastLogMillis = millis.getAsLong();
        lastLogHeight = head;
        LOG.info("Syncing from #{} to #{} with {} peers", head, target, peerHeads.size());
      }
      logProgress(head, target);
      requestRanges(head, target);
    }
    feed();
  }

  private void logProgress(long head, long target) {
    long now = millis.getAsLong();
    if (startHeight < 0 || now - lastLogMillis < PROGRESS_LOG_MS) {
      return;
    }
    double perSecond = (head - lastLogHeight) * 1000.0 / Math.max(1, now - lastLogMillis);
    String eta = perSecond > 0 ? String.format("%.0f s", (target - head) / perSecond) : "unknown";
    LOG.info("Syncing: #{} of #{}, {} blocks/s, ETA {}", head, target, String.format("%.1f", perSecond), eta);
    lastLogMillis = now;
    lastLogHeight = head;
  }

  // Holding this.
  private void requestRanges(long head, long target) {
    long next = Math.max(head, fedUpTo) + 1;
    if (!ready.isEmpty()) {
      next = Math.max(next, ready.lastKey() + 1);
    }
    for (Long pending : inFlight) {
      next = Math.max(next, pending + RANGE);
    }
    while (inFlight.size() < MAX_IN_FLIGHT && ready.size() < MAX_READY) {
      long from;
      if (!retry.isEmpty()) {
        from = retry.poll();
      } else if (next <= target) {
        from = next;
        next += RANGE;
      } else {
        break;
      }
      if (from <= head) {
        continue;
      }
      Optional<PeerId> peer = pickPeer(from);
      if (peer.isEmpty()) {
        retry.addFirst(from);
        break;
      }
      inFlight.add(from);
      inFlightByPeer.merge(peer.get(), 1, Integer::sum);
      long start = from;
      network.requestBlocks(peer.get(), from, RANGE).whenComplete((blocks, error) -> onResponse(peer.get(), start, blocks, error));
    }
  }

  // Holding this. Rotates over the peers that have the range's first block, so ranges come from many.
  private Optional<PeerId> pickPeer(long from) {
    List<PeerId> candidates = new ArrayList<>();
    peerHeads.forEach((peer, h) -> {
      if (h >= from && inFlightByPeer.getOrDefault(peer, 0) < MAX_IN_FLIGHT_PER_PEER) {
        candidates.add(peer);
      }
    });
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    candidates.sort(PeerId::compareTo);
    return Optional.of(candidates.get(Math.floorMod(peerCursor++, candidates.size())));
  }

  private void onResponse(PeerId peer, long from, List<BlockWithCertificate> blocks, Throwable error) {
    boolean complete;
    synchronized (this) {
      inFlight.remove(from);
      inFlightByPeer.computeIfPresent(peer, (p, n) -> n > 1 ? n - 1 : null);
      if (error != null || blocks == null || blocks.isEmpty()) {
        LOG.debug("Range from #{} from {} failed: {}", from, peer.shortId(), error == null ? "empty" : error.toString());
        retry.add(from);
        return;
      }
      Optional<String> bad = check(from, blocks);
      if (bad.isPresent()) {
        LOG.debug("Peer {} sent a bad range from #{}: {}", peer.shortId(), from, bad.get());
        network.penalize(peer, BAD_CERTIFICATE_PENALTY, "bad block range: " + bad.get());
        retry.add(from);
        return;
      }
      for (BlockWithCertificate b : blocks) {
        ready.put(b.block().number(), b);
      }
      long last = blocks.get(blocks.size() - 1).block().number();
      complete = blocks.size() == RANGE;
      if (!complete && last + 1 < from + RANGE) {
        retry.add(last + 1); // a shorter answer: ask for the rest again
      }
      blocksByPeer.merge(peer, (long) blocks.size(), Long::sum);
    }
    feed();
  }

  private Optional<String> check(long from, List<BlockWithCertificate> blocks) {
    long expected = from;
    for (BlockWithCertificate b : blocks) {
      if (b.block().number() != expected) {
        return Optional.of("block #" + b.block().number() + " where #" + expected + " was asked for");
      }
      Optional<String> error = certificates.verify(b.certificate(), b.block(), validators, domain);
      if (error.isPresent()) {
        return Optional.of("block #" + expected + ": " + error.get());
      }
      expected++;
    }
    return Optional.empty();
  }

  /** A block was committed: hand consensus the next ones, if they are here. */
  public void onHeadAdvanced() {
    feed();
  }

  // Hands the next blocks, in order, to consensus; it commits each one and moves to the next height.
  private void feed() {
    List<BlockWithCertificate> next = new ArrayList<>();
    synchronized (this) {
      long head = chain.head().number();
      long cursor = Math.max(head, fedUpTo) + 1;
      // Only a bounded run ahead of what is committed, so the loop's queue stays short.
      while (cursor <= head + 2 * RANGE && ready.containsKey(cursor)) {
        next.add(ready.get(cursor));
        cursor++;
      }
      if (!next.isEmpty()) {
        fedUpTo = cursor - 1;
        fedAtMillis = millis.getAsLong();
      }
    }
    for (BlockWithCertificate b : next) {
      consensus.onEvent(new CommitReceived(b.block(), b.certificate()));
    }
  }

  @Override
  public void close() {
    ticker.cancel(false);
  }
}
