package org.peerchain.node.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitReceived;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.BlockRejection;
import org.peerchain.consensus.execution.BodyCheck;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.core.block.Block;
import org.peerchain.core.types.Hash;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.Penalties;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.rpc.api.SyncProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches up with the network: when peers report heads beyond ours, block ranges are requested from
 * several peers at once (a range per peer, as BitTorrent fetches pieces from many sources), each
 * block's body is checked against its header and its certificate against the validator set, and
 * the blocks are handed to consensus in order, which commits them as it would a decision of its own.
 *
 * <p>A certificate signs the header only, so a peer can serve real headers and certificates with an
 * altered body: such a block costs the peer a bad-behaviour penalty and is asked of another peer. A
 * block that consensus fails to commit leaves the ready set too and is fetched again, never from the
 * peer that served it (for {@link #AVOID_MS}), so one bad source cannot stall the node.
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
  /** Consensus ignores a certified block not for its current height; after this long, feeding starts over at the head. */
  static final long REFEED_MS = 5_000;
  /** A node this close to its peers' head is in sync: consensus, not sync, brings it the next block. */
  static final long SYNCING_GAP = 2;
  /** How long a peer is not asked again for a height whose block it served bad or that failed to commit. */
  static final long AVOID_MS = 60_000;
  /** Heights with avoided peers kept at most; past that the lowest are forgotten first. */
  static final int MAX_AVOIDED_HEIGHTS = 4_096;
  static final int BAD_BLOCK_PENALTY = Penalties.pointsFor(DisconnectReason.BAD_BEHAVIOUR);

  /** A block waiting for consensus, and the peer that served it. */
  private record Served(BlockWithCertificate block, PeerId peer) {}

  /** Blocks {@code from} .. {@code from + count - 1}, asked of one peer. */
  private record Range(long from, int count) {
    long end() {
      return from + count;
    }
  }

  /** How many blocks of an answer are good, in order from the first, and what is wrong with the next one. */
  private record Checked(int good, Optional<String> problem) {}

  private final SyncPeers network;
  private final LongSupplier head;
  private final Consumer<BlockWithCertificate> consensus;
  private final ValidatorSet validators;
  private final ChainRules rules;
  private final SigningDomain domain;
  private final CertificateVerifier certificates;
  private final LongSupplier millis;
  private final Map<PeerId, Long> peerHeads = new ConcurrentHashMap<>();
  /** The lowest block each peer holds (its Status); absent means 1. */
  private volatile Map<PeerId, Long> peerEarliest = Map.of();
  private final Map<PeerId, Long> blocksByPeer = new ConcurrentHashMap<>();
  private volatile ScheduledFuture<?> ticker;
  // Guarded by this.
  private final TreeMap<Long, Served> ready = new TreeMap<>();
  private final List<Range> inFlight = new ArrayList<>();
  private final Map<PeerId, Integer> inFlightByPeer = new HashMap<>();
  private final Deque<Range> retry = new ArrayDeque<>();
  /** Height → peers not to ask for it, each until a time. */
  private final TreeMap<Long, Map<PeerId, Long>> avoid = new TreeMap<>();
  private long fedUpTo;
  private long fedAtMillis;
  private long startHeight = -1;
  private long lastLogMillis;
  private long lastLogHeight;
  private int peerCursor;

  public BlockSync(P2pNetwork network, LocalChain chain, NodeConsensus consensus, SigningDomain domain,
      ScheduledExecutorService timer, LongSupplier millis) {
    this(SyncPeers.of(network), () -> chain.head().number(),
        b -> consensus.onEvent(new CommitReceived(b.block(), b.certificate())), consensus.validators(),
        consensus.rules(), domain, CertificateVerifier.secp256k1(), millis);
    consensus.onCommitFailure(this::onCommitFailed);
    ticker = timer.scheduleWithFixedDelay(this::tickSafely, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
  }

  /** Without a timer: whoever builds it calls {@link #tick} (tests, with their own clock). */
  BlockSync(SyncPeers network, LongSupplier head, Consumer<BlockWithCertificate> consensus, ValidatorSet validators,
      ChainRules rules, SigningDomain domain, CertificateVerifier certificates, LongSupplier millis) {
    this.network = network;
    this.head = head;
    this.consensus = consensus;
    this.validators = validators;
    this.rules = rules;
    this.domain = domain;
    this.certificates = certificates;
    this.millis = millis;
  }

  public void onPeerHead(PeerId peer, long height) {
    peerHeads.merge(peer, height, Math::max);
  }

  public void onPeerGone(PeerId peer) {
    peerHeads.remove(peer);
  }

  /** Where sync stands, while this node is more than a couple of blocks behind its peers. */
  public Optional<SyncProgress> progress() {
    long current = head.getAsLong();
    long target = target();
    if (target - current <= SYNCING_GAP) {
      return Optional.empty();
    }
    long start;
    synchronized (this) {
      start = startHeight < 0 ? current : startHeight;
    }
    return Optional.of(new SyncProgress(Math.min(start, current), current, target));
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

  void tick() {
    // Heads from the handshake and from announcements; the connection list catches what came before we listened.
    network.heads().forEach(this::onPeerHead);
    peerEarliest = Map.copyOf(network.earliest());
    long current = head.getAsLong();
    long target = target();
    synchronized (this) {
      ready.headMap(current, true).clear();
      avoid.headMap(current, true).clear();
      if (fedUpTo < current) {
        fedUpTo = current;
      }
      if (fedUpTo > current && millis.getAsLong() - fedAtMillis > REFEED_MS) {
        fedUpTo = current;
      }
      if (target <= current) {
        startHeight = -1;
        return;
      }
      if (startHeight < 0 && target - current > SYNCING_GAP) {
        startHeight = current;
        lastLogMillis = millis.getAsLong();
        lastLogHeight = current;
        LOG.info("Syncing from #{} to #{} with {} peers", current, target, peerHeads.size());
      }
      logProgress(current, target);
      requestRanges(current, target);
    }
    feed();
  }

  private void logProgress(long current, long target) {
    long now = millis.getAsLong();
    if (startHeight < 0 || now - lastLogMillis < PROGRESS_LOG_MS) {
      return;
    }
    double perSecond = (current - lastLogHeight) * 1000.0 / Math.max(1, now - lastLogMillis);
    String eta = perSecond > 0 ? String.format("%.0f s", (target - current) / perSecond) : "unknown";
    LOG.info("Syncing: #{} of #{}, {} blocks/s, ETA {}", current, target, String.format("%.1f", perSecond), eta);
    lastLogMillis = now;
    lastLogHeight = current;
  }

  // Holding this.
  private void requestRanges(long current, long target) {
    long next = Math.max(current, fedUpTo) + 1;
    if (!ready.isEmpty()) {
      next = Math.max(next, ready.lastKey() + 1);
    }
    for (Range pending : inFlight) {
      next = Math.max(next, pending.end());
    }
    for (Range again : retry) {
      next = Math.max(next, again.end());
    }
    List<Range> waiting = new ArrayList<>();
    while (inFlight.size() < MAX_IN_FLIGHT && ready.size() < MAX_READY) {
      Range range;
      if (!retry.isEmpty()) {
        range = retry.poll();
      } else if (next <= target) {
        range = new Range(next, RANGE);
        next += RANGE;
      } else {
        break;
      }
      if (range.end() <= current + 1) {
        continue; // committed meanwhile
      }
      if (range.from() <= current) {
        range = new Range(current + 1, (int) (range.end() - current - 1));
      }
      Optional<PeerId> peer = pickPeer(range.from());
      if (peer.isEmpty()) {
        waiting.add(range);
        if (waiting.size() > MAX_IN_FLIGHT) {
          break; // nobody to ask for these now; the next tick tries again
        }
        continue;
      }
      inFlight.add(range);
      inFlightByPeer.merge(peer.get(), 1, Integer::sum);
      Range asked = range;
      network.requestBlocks(peer.get(), asked.from(), asked.count())
          .whenComplete((blocks, error) -> onResponse(peer.get(), asked, blocks, error));
    }
    for (int i = waiting.size() - 1; i >= 0; i--) {
      retry.addFirst(waiting.get(i));
    }
  }

  // Holding this. Rotates over the peers that have the range's first block (at or above the earliest
  // they announced, at or below their head), so ranges come from many;
  // a peer that served a bad or failing block at that height is left out.
  private Optional<PeerId> pickPeer(long from) {
    Map<PeerId, Long> avoided = avoid.getOrDefault(from, Map.of());
    long now = millis.getAsLong();
    List<PeerId> candidates = new ArrayList<>();
    Map<PeerId, Long> earliest = peerEarliest;
    peerHeads.forEach((peer, h) -> {
      if (h >= from && earliest.getOrDefault(peer, 1L) <= from && inFlightByPeer.getOrDefault(peer, 0) < MAX_IN_FLIGHT_PER_PEER
          && avoided.getOrDefault(peer, Long.MIN_VALUE) <= now) {
        candidates.add(peer);
      }
    });
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    candidates.sort(PeerId::compareTo);
    return Optional.of(candidates.get(Math.floorMod(peerCursor++, candidates.size())));
  }

  // Holding this.
  private void avoid(long height, PeerId peer) {
    avoid.computeIfAbsent(height, h -> new HashMap<>()).put(peer, millis.getAsLong() + AVOID_MS);
    while (avoid.size() > MAX_AVOIDED_HEIGHTS) {
      avoid.pollFirstEntry();
    }
  }

  private void onResponse(PeerId peer, Range range, List<BlockWithCertificate> blocks, Throwable error) {
    synchronized (this) {
      inFlight.remove(range);
      inFlightByPeer.computeIfPresent(peer, (p, n) -> n > 1 ? n - 1 : null);
      if (error != null || blocks == null || blocks.isEmpty()) {
        LOG.debug("Range from #{} from {} failed: {}", range.from(), peer.shortId(),
            error == null ? "empty" : error.toString());
        retry.add(range);
        return;
      }
      Checked checked = check(range, blocks);
      for (int i = 0; i < checked.good(); i++) {
        BlockWithCertificate b = blocks.get(i);
        ready.put(b.block().number(), new Served(b, peer));
      }
      if (checked.good() > 0) {
        blocksByPeer.merge(peer, (long) checked.good(), Long::sum);
      }
      long firstMissing = range.from() + checked.good();
      if (checked.problem().isPresent()) {
        String why = checked.problem().get();
        LOG.debug("Peer {} sent a bad block in the range from #{}: {}", peer.shortId(), range.from(), why);
        network.penalize(peer, BAD_BLOCK_PENALTY, "bad block: " + why);
        avoid(firstMissing, peer);
      }
      if (firstMissing < range.end()) {
        retry.add(new Range(firstMissing, (int) (range.end() - firstMissing))); // the rest, bad or not sent
      }
    }
    feed();
  }

  /** Checks each block in order; the first bad one ends the good prefix. */
  private Checked check(Range range, List<BlockWithCertificate> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      long expected = range.from() + i;
      Block block = blocks.get(i).block();
      if (i >= range.count()) {
        return new Checked(i, Optional.of("more blocks than the " + range.count() + " asked for"));
      }
      if (block.number() != expected) {
        return new Checked(i, Optional.of("block #" + block.number() + " where #" + expected + " was asked for"));
      }
      // The certificate covers the header only: the body must be the one the header commits to.
      Optional<BlockRejection> body = BodyCheck.check(block, rules);
      if (body.isPresent()) {
        return new Checked(i, Optional.of("block #" + expected + " has a body its header does not commit to: "
            + body.get().message()));
      }
      Optional<String> error = certificates.verify(blocks.get(i).certificate(), block, validators, domain);
      if (error.isPresent()) {
        return new Checked(i, Optional.of("block #" + expected + ": " + error.get()));
      }
    }
    return new Checked(blocks.size(), Optional.empty());
  }

  /**
   * Consensus could not commit the block it was handed at {@code height}: it leaves the ready set
   * and is asked of another peer. Called on the consensus thread.
   */
  void onCommitFailed(long height, Hash blockHash, String reason) {
    synchronized (this) {
      Served served = ready.get(height);
      if (served == null || !served.block().block().hash().equals(blockHash)) {
        return; // not a block sync handed over
      }
      ready.remove(height);
      avoid(height, served.peer());
      fedUpTo = Math.min(fedUpTo, height - 1);
      retry.addFirst(new Range(height, 1));
      LOG.warn("Block #{} from peer {} did not commit ({}); fetching it from another peer", height,
          served.peer().shortId(), reason);
    }
  }

  /** A block was committed: hand consensus the next ones, if they are here. */
  public void onHeadAdvanced() {
    feed();
  }

  // Hands the next blocks, in order, to consensus; it commits each one and moves to the next height.
  private void feed() {
    List<BlockWithCertificate> next = new ArrayList<>();
    synchronized (this) {
      long current = head.getAsLong();
      long cursor = Math.max(current, fedUpTo) + 1;
      // Only a bounded run ahead of what is committed, so the loop's queue stays short.
      while (cursor <= current + 2 * RANGE && ready.containsKey(cursor)) {
        next.add(ready.get(cursor).block());
        cursor++;
      }
      if (!next.isEmpty()) {
        fedUpTo = cursor - 1;
        fedAtMillis = millis.getAsLong();
      }
    }
    next.forEach(consensus);
  }

  @Override
  public void close() {
    ScheduledFuture<?> t = ticker;
    if (t != null) {
      t.cancel(false);
    }
  }
}
