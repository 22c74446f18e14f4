package org.peerchain.node.p2p.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.peerchain.node.p2p.BlockSource;
import org.peerchain.node.p2p.BlockWithCertificate;
import org.peerchain.node.p2p.PeerId;
import org.peerchain.node.p2p.PeerInfo;
import org.peerchain.node.p2p.peers.Penalties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches the node up with its peers: splits the heights between our head and the best peer head
 * into chunks, fetches them from several peers at once (a few requests per peer), and hands the
 * blocks to the {@link BlockSink} strictly in order. A failed, empty or short answer puts the
 * (rest of the) chunk back for another peer; an invalid block costs its sender points and is
 * fetched elsewhere. Downloads run at most a window ahead of the applied head, bounding memory.
 *
 * <p>All state lives on one thread, the given executor's (it must run tasks one at a time).
 */
public final class BlockSync {
  private static final Logger LOG = LoggerFactory.getLogger(BlockSync.class);

  private record Fetched(List<BlockWithCertificate> blocks, PeerId from) {}

  private final BlockSource source;
  private final BlockSink sink;
  private final Executor executor;
  private final int chunkSize;
  private final int perPeer;
  private final int maxInFlight;
  private final int maxAttempts;

  private final TreeMap<Long, Chunk> todo = new TreeMap<>();
  private final Map<Long, PeerId> inFlight = new HashMap<>();
  private final TreeMap<Long, Fetched> fetched = new TreeMap<>();
  private final Map<Long, Set<PeerId>> refused = new HashMap<>();
  private final Map<Long, Integer> attempts = new HashMap<>();
  private long planned;
  private long starting;
  private long target;
  private volatile boolean running;
  private int generation;
  private CompletableFuture<Long> done = CompletableFuture.completedFuture(0L);
  private volatile SyncProgress progress = new SyncProgress(0, 0, 0);

  /**
   * @param chunkSize blocks per request, 1..128
   * @param perPeer requests in flight per peer
   * @param maxInFlight requests in flight in all
   */
  public BlockSync(BlockSource source, BlockSink sink, Executor executor, int chunkSize, int perPeer, int maxInFlight) {
    if (chunkSize < 1 || chunkSize > 128 || perPeer < 1 || maxInFlight < 1) {
      throw new IllegalArgumentException("chunk size must be 1..128 and the in-flight limits positive");
    }
    this.source = source;
    this.sink = sink;
    this.executor = executor;
    this.chunkSize = chunkSize;
    this.perPeer = perPeer;
    this.maxInFlight = maxInFlight;
    this.maxAttempts = 8;
  }

  /**
   * Starts a sync to the best head the peers announced, or joins the running one. Completes with
   * the applied head once no peer has more, or when the remaining blocks cannot be had (then the
   * head is below the peers'; the caller tries again later).
   */
  public synchronized CompletableFuture<Long> start() {
    if (!running) {
      running = true;
      done = new CompletableFuture<>();
      executor.execute(this::begin);
    }
    return done;
  }

  public SyncProgress progress() {
    return progress;
  }

  private void begin() {
    generation++;
    starting = sink.headHeight();
    planned = starting + 1;
    target = starting;
    todo.clear();
    fetched.clear();
    refused.clear();
    attempts.clear();
    pump();
  }

  private long bestPeerHead() {
    return source.peers().stream().mapToLong(PeerInfo::headHeight).max().orElse(0);
  }

  private void pump() {
    if (!running) {
      return;
    }
    long next = sink.headHeight() + 1;
    target = Math.max(target, bestPeerHead());
    long window = next + (long) maxInFlight * chunkSize * 2;
    while (planned <= target && planned < window) {
      int count = (int) Math.min(chunkSize, target - planned + 1);
      todo.put(planned, new Chunk(planned, count));
      planned += count;
    }
    progress = new SyncProgress(starting, next - 1, Math.max(target, next - 1));
    List<PeerInfo> peers = source.peers();
    List<Map.Entry<Chunk, PeerId>> toSend = new ArrayList<>();
    for (Chunk c : new ArrayList<>(todo.values())) {
      if (inFlight.size() >= maxInFlight) {
        break;
      }
      Optional<PeerId> peer = choose(c, peers);
      if (peer.isPresent()) {
        todo.remove(c.start());
        inFlight.put(c.start(), peer.get());
        attempts.merge(c.start(), 1, Integer::sum);
        toSend.add(Map.entry(c, peer.get()));
      }
    }
    toSend.forEach(e -> send(e.getKey(), e.getValue()));
    if (running && inFlight.isEmpty()) {
      finish();
    }
  }

  private Optional<PeerId> choose(Chunk c, List<PeerInfo> peers) {
    Set<PeerId> no = refused.getOrDefault(c.start(), Set.of());
    return peers.stream()
        .filter(p -> p.headHeight() >= c.start() && !no.contains(p.id()))
        .filter(p -> load(p.id()) < perPeer)
        .min(Comparator.comparingLong((PeerInfo p) -> load(p.id())))
        .map(PeerInfo::id);
  }

  private long load(PeerId peer) {
    return inFlight.values().stream().filter(peer::equals).count();
  }

  private void send(Chunk c, PeerId peer) {
    CompletableFuture<List<BlockWithCertificate>> answer;
    try {
      answer = source.requestBlocks(peer, c.start(), c.count());
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    int gen = generation;
    answer.whenComplete((blocks, error) -> executor.execute(() -> {
      // An answer to an earlier sync run is dropped: its bookkeeping is gone.
      if (gen == generation) {
        answered(c, peer, blocks, error);
      }
    }));
  }

  private void answered(Chunk c, PeerId peer, List<BlockWithCertificate> blocks, Throwable error) {
    inFlight.remove(c.start());
    if (!running) {
      return;
    }
    if (error != null || blocks.isEmpty()) {
      LOG.debug("Peer {} did not deliver blocks {}..{}: {}", peer.shortId(), c.start(), c.end() - 1,
          error == null ? "empty answer" : error.getMessage());
      retryElsewhere(c, peer);
    } else {
      fetched.put(c.start(), new Fetched(blocks, peer));
      if (blocks.size() < c.count()) {
        Chunk rest = c.rest(blocks.size());
        todo.put(rest.start(), rest);
      }
      applyReady();
    }
    pump();
  }

  private void retryElsewhere(Chunk c, PeerId peer) {
    refused.computeIfAbsent(c.start(), k -> new HashSet<>()).add(peer);
    if (attempts.getOrDefault(c.start(), 0) < maxAttempts) {
      todo.put(c.start(), c);
    }
  }

  private void applyReady() {
    long next = sink.headHeight() + 1;
    fetched.headMap(next).clear();
    while (running && !fetched.isEmpty() && fetched.firstKey() == next) {
      long chunkStart = next;
      Fetched f = fetched.pollFirstEntry().getValue();
      for (int i = 0; i < f.blocks().size(); i++) {
        BlockWithCertificate b = f.blocks().get(i);
        Optional<String> invalid;
        try {
          invalid = sink.apply(b);
        } catch (RuntimeException e) {
          LOG.error("Applying block {} failed; stopping the sync", b.block().number(), e);
          finish();
          return;
        }
        if (invalid.isPresent()) {
          source.penalize(f.from(), Penalties.INVALID_DATA, "invalid block " + b.block().number() + ": " + invalid.get());
          retryElsewhere(new Chunk(b.block().number(), f.blocks().size() - i), f.from());
          return;
        }
        next++;
      }
      refused.remove(chunkStart);
      attempts.remove(chunkStart);
    }
  }

  private void finish() {
    long head = sink.headHeight();
    if (head < target) {
      LOG.info("Sync stopped at block {}: peers announced {} but did not deliver the rest", head, target);
    } else if (head > starting) {
      LOG.info("Synced blocks {} to {}", starting + 1, head);
    }
    progress = new SyncProgress(starting, head, Math.max(head, target));
    CompletableFuture<Long> result;
    synchronized (this) {
      running = false;
      result = done;
    }
    inFlight.clear();
    result.complete(head);
  }
}
