package org.peerchain.node.sync.snap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.peerchain.core.types.Hash;
import org.peerchain.node.sync.snap.RangePlan.Task;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.Penalties;
import org.peerchain.p2p.protocol.AccountEntry;
import org.peerchain.p2p.protocol.AccountRange;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.storage.snap.InvalidRangeProofException;
import org.peerchain.storage.snap.RangeEntry;
import org.peerchain.storage.snap.RangeProofVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One snapshot sync, run to its end on the calling thread: choose a pivot, fetch its state's key
 * space in parts from every peer that offers the pivot at once, verify each answer against the
 * certified root, write it and record progress, then build the trie and start the chain at the
 * pivot. Answers arrive on network threads and are queued; everything else happens on the one
 * thread that runs {@link #run}, so the plan and the scores need no locks.
 *
 * <p>A peer whose range does not prove is charged {@link #BAD_RANGE_PENALTY} and not asked again;
 * the range goes to another peer. A peer that stops serving the pivot, or leaves, is dropped from
 * the sync; when no peer serves the pivot any more, a newer one is chosen and the sync starts over.
 */
public final class SnapSync {
  private static final Logger LOG = LoggerFactory.getLogger(SnapSync.class);
  static final int BAD_RANGE_PENALTY = Penalties.pointsFor(DisconnectReason.BAD_BEHAVIOUR);

  /** How a sync is tuned; tests shrink it. */
  public record Settings(int parts, int byteBudget, int quorum, Duration peerWait, Duration progressEvery) {
    public static final Settings DEFAULT = new Settings(16, 512 * 1024, 2, Duration.ofSeconds(30), Duration.ofSeconds(5));
  }

  /** Where a sync stands; for eth_syncing and the log. */
  public record Progress(long pivot, double fraction, long accounts, long bytes, int peers, Optional<Duration> eta,
      int rangesDone, int rangesTotal) {}

  /**
   * A peer's answer to a task, its proof already checked off the sync thread: {@code check} when it
   * held, {@code invalid} when it did not; neither for a failed request or an unavailable root.
   */
  private record Answer(PeerId peer, Task task, long sentNanos, AccountRange range, Throwable failure,
      org.peerchain.storage.snap.AccountRange checked, RangeProofVerifier.RangeCheck check,
      InvalidRangeProofException invalid) {}

  /** Threads checking proofs: checks of answers from several peers run side by side. */
  static final int VERIFIERS = 2;

  private final SnapPeers peers;
  private final PivotCheck pivots;
  private final SnapTarget target;
  private final Settings settings;
  private final LongSupplier nanoTime;
  private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
  /** Peers that connected after the pivot was chosen and turned out to offer it. */
  private final BlockingQueue<PeerId> joined = new LinkedBlockingQueue<>();
  private final Set<PeerId> heightsAsked = new HashSet<>();
  private final PeerRates rates = new PeerRates();
  private final Set<PeerId> excluded = new HashSet<>();
  private volatile boolean stopped;
  private volatile Progress progress;
  private long accounts;
  private long bytes;
  private long startNanos;
  private double startFraction;
  private long lastLog;

  SnapSync(SnapPeers peers, PivotCheck pivots, SnapTarget target, Settings settings, LongSupplier nanoTime) {
    this.peers = peers;
    this.pivots = pivots;
    this.target = target;
    this.settings = settings;
    this.nanoTime = nanoTime;
  }

  /** Where the sync stands; empty before a pivot is chosen. */
  public Optional<Progress> progress() {
    return Optional.ofNullable(progress);
  }

  /** Ends {@link #run} soon, with a {@link CancellationException}; what was written stays. */
  public void stop() {
    stopped = true;
  }

  /**
   * Runs the sync to its end.
   *
   * @return the pivot block the chain now starts at
   * @throws CancellationException when stopped
   * @throws NoSnapshotException when no peer offers a usable snapshot within the wait
   */
  public BlockWithCertificate run() throws InterruptedException {
    ExecutorService verifiers = Executors.newFixedThreadPool(VERIFIERS, r -> {
      Thread t = new Thread(r, "snap-verify");
      t.setDaemon(true);
      return t;
    });
    try {
      while (true) {
        Pivot pivot = choosePivot();
        Optional<BlockWithCertificate> done = fetch(pivot, verifiers);
        if (done.isPresent()) {
          return done.get();
        }
        LOG.info("Snap sync: no peer serves the state of #{} any more; choosing a newer height",
            pivot.height().height());
      }
    } finally {
      verifiers.shutdownNow();
    }
  }

  private record Pivot(SnapshotHeight height, BlockWithCertificate block, Set<PeerId> servers) {}

  private Pivot choosePivot() throws InterruptedException {
    long deadline = nanoTime.getAsLong() + settings.peerWait().toNanos();
    Optional<SnapTarget.Saved> saved = target.load();
    while (true) {
      checkStopped();
      heightsAsked.clear();
      Map<PeerId, List<SnapshotHeight>> offers = askHeights();
      List<PivotChoice.Candidate> ranked = PivotChoice.rank(offers, settings.quorum());
      // A saved pivot still offered is kept: its ranges need not be fetched again.
      Optional<PivotChoice.Candidate> resumable = saved.flatMap(s -> ranked.stream()
          .filter(c -> c.height().height() == s.height() && c.height().stateRoot().equals(s.stateRoot())).findFirst());
      List<PivotChoice.Candidate> order = new ArrayList<>();
      resumable.ifPresent(order::add);
      order.addAll(ranked);
      for (PivotChoice.Candidate c : order) {
        Optional<BlockWithCertificate> block = verifiedBlock(c);
        if (block.isPresent()) {
          Set<PeerId> servers = new LinkedHashSet<>();
          offers.forEach((peer, heights) -> {
            if (heights.contains(c.height()) && !excluded.contains(peer)) {
              servers.add(peer);
            }
          });
          return new Pivot(c.height(), block.get(), servers);
        }
      }
      if (nanoTime.getAsLong() > deadline) {
        throw new NoSnapshotException("no peer offered a snapshot that verifies within " + settings.peerWait());
      }
      Thread.sleep(200);
    }
  }

  private Map<PeerId, List<SnapshotHeight>> askHeights() throws InterruptedException {
    Map<PeerId, CompletableFuture<List<SnapshotHeight>>> asked = new HashMap<>();
    for (PeerId peer : peers.heads().keySet()) {
      if (!excluded.contains(peer)) {
        heightsAsked.add(peer);
        asked.put(peer, peers.heights(peer));
      }
    }
    Map<PeerId, List<SnapshotHeight>> offers = new HashMap<>();
    for (var e : asked.entrySet()) {
      try {
        offers.put(e.getKey(), e.getValue().get());
      } catch (java.util.concurrent.ExecutionException failed) {
        LOG.debug("Peer {} gave no snapshot heights: {}", e.getKey().shortId(), failed.getCause().toString());
      }
    }
    return offers;
  }

  private Optional<BlockWithCertificate> verifiedBlock(PivotChoice.Candidate c) throws InterruptedException {
    for (PeerId peer : c.peers()) {
      if (excluded.contains(peer)) {
        continue;
      }
      List<BlockWithCertificate> got;
      try {
        got = peers.blocks(peer, c.height().height(), 1).get();
      } catch (java.util.concurrent.ExecutionException failed) {
        continue;
      }
      if (got.isEmpty()) {
        continue;
      }
      Optional<String> problem = pivots.problem(c.height(), got.get(0));
      if (problem.isEmpty()) {
        return Optional.of(got.get(0));
      }
      // The offer and the block are both this peer's word: one of them is false.
      exclude(peer, "snapshot #" + c.height().height() + " does not verify: " + problem.get());
    }
    return Optional.empty();
  }

  private Optional<BlockWithCertificate> fetch(Pivot pivot, ExecutorService verifiers) throws InterruptedException {
    Optional<SnapTarget.Saved> saved = target.load().filter(s -> s.height() == pivot.height().height()
        && s.stateRoot().equals(pivot.height().stateRoot()));
    target.begin(pivot.height().height(), pivot.height().stateRoot());
    RangePlan plan;
    if (saved.isPresent()) {
      plan = RangePlan.resume(settings.parts(), saved.get().missing());
      LOG.info("Snap sync: resuming the state of #{} with {} of {} parts left", pivot.height().height(),
          plan.remaining().size(), settings.parts());
    } else {
      plan = RangePlan.fresh(settings.parts());
      LOG.info("Snap sync: fetching the state of #{} (root {}) from {} peers", pivot.height().height(),
          pivot.height().stateRoot(), pivot.servers().size());
    }
    Hash root = pivot.height().stateRoot();
    Set<PeerId> servers = pivot.servers();
    startNanos = nanoTime.getAsLong();
    startFraction = plan.fractionDone();
    lastLog = startNanos;
    report(pivot, plan, servers);
    while (!plan.done()) {
      checkStopped();
      Map<PeerId, Long> connected = peers.heads();
      discover(connected.keySet(), pivot.height());
      for (PeerId p = joined.poll(); p != null; p = joined.poll()) {
        servers.add(p);
      }
      servers.retainAll(connected.keySet());
      servers.removeAll(excluded);
      if (servers.isEmpty()) {
        return Optional.empty();
      }
      for (PeerId peer : servers) {
        while (plan.askedOf(peer) < rates.allowance(peer)) {
          Optional<Task> task = plan.take(peer);
          if (task.isEmpty()) {
            break;
          }
          ask(peer, root, task.get(), verifiers);
        }
      }
      Answer a = answers.poll(100, TimeUnit.MILLISECONDS);
      if (a != null) {
        handle(a, root, plan, servers);
        report(pivot, plan, servers); // read by eth_syncing and the metrics at any time
      }
      if (nanoTime.getAsLong() - lastLog >= settings.progressEvery().toNanos()) {
        report(pivot, plan, servers);
        log();
      }
    }
    target.finish(pivot.block());
    report(pivot, plan, servers);
    LOG.info("Snap sync: state of #{} complete and its root checked: {} accounts, {} bytes", pivot.height().height(),
        accounts, bytes);
    return Optional.of(pivot.block());
  }

  /** Asks peers that connected since for their heights; those offering the pivot join the sync. */
  private void discover(Set<PeerId> connected, SnapshotHeight pivot) {
    for (PeerId peer : connected) {
      if (!excluded.contains(peer) && heightsAsked.add(peer)) {
        peers.heights(peer).thenAccept(heights -> {
          if (heights.contains(pivot)) {
            joined.add(peer);
          }
        });
      }
    }
  }

  private void ask(PeerId peer, Hash root, Task task, ExecutorService verifiers) {
    long sent = nanoTime.getAsLong();
    peers.range(peer, root, task.start(), task.limit(), settings.byteBudget())
        .whenCompleteAsync((range, failure) -> answers.add(checked(peer, root, task, sent, range, failure)), verifiers);
  }

  private static Answer checked(PeerId peer, Hash root, Task task, long sent, AccountRange range, Throwable failure) {
    if (failure != null || range.unavailable()) {
      return new Answer(peer, task, sent, range, failure, null, null, null);
    }
    org.peerchain.storage.snap.AccountRange converted = toStorage(range);
    try {
      RangeProofVerifier.RangeCheck check = RangeProofVerifier.verify(root, task.start(), task.limit(), converted);
      return new Answer(peer, task, sent, range, null, converted, check, null);
    } catch (InvalidRangeProofException e) {
      return new Answer(peer, task, sent, range, null, converted, null, e);
    } catch (RuntimeException e) {
      // Our own fault, not the peer's: the task is asked again, nobody is charged.
      LOG.error("Snap sync: checking a range from {} failed", peer.shortId(), e);
      return new Answer(peer, task, sent, range, e, null, null, null);
    }
  }

  private void handle(Answer a, Hash root, RangePlan plan, Set<PeerId> servers) {
    if (a.failure() != null) {
      LOG.debug("Snap sync: part {} from {} failed: {}", a.task().index(), a.peer().shortId(), a.failure().toString());
      plan.release(a.task(), a.peer());
      rates.failed(a.peer());
      return;
    }
    if (a.range().unavailable()) {
      LOG.debug("Snap sync: peer {} no longer serves root {}", a.peer().shortId(), root);
      plan.release(a.task(), a.peer());
      servers.remove(a.peer());
      return;
    }
    if (a.invalid() != null) {
      plan.release(a.task(), a.peer());
      servers.remove(a.peer());
      exclude(a.peer(), "account range " + a.task().start() + ".." + a.task().limit() + " does not prove: "
          + a.invalid().getMessage());
      return;
    }
    org.peerchain.storage.snap.AccountRange range = a.checked();
    RangeProofVerifier.RangeCheck check = a.check();
    List<AccountEntry> entries = a.range().accounts();
    Optional<Hash> last = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).accountHash());
    long size = range.byteSize();
    rates.delivered(a.peer(), size, nanoTime.getAsLong() - a.sentNanos());
    if (!plan.proven(a.task(), a.peer(), last, check.more())) {
      return; // a second peer's answer to a part already moved on
    }
    target.write(range, a.task().start(), check.more() ? last.orElseThrow() : a.task().limit());
    accounts += entries.size();
    bytes += size;
  }

  private static org.peerchain.storage.snap.AccountRange toStorage(AccountRange r) {
    List<RangeEntry> entries = new ArrayList<>(r.accounts().size());
    for (AccountEntry e : r.accounts()) {
      entries.add(new RangeEntry(e.accountHash(), e.account()));
    }
    return new org.peerchain.storage.snap.AccountRange(entries, r.proof());
  }

  private void exclude(PeerId peer, String why) {
    LOG.debug("Snap sync: {} from {}", why, peer.shortId());
    excluded.add(peer);
    rates.forget(peer);
    peers.penalize(peer, BAD_RANGE_PENALTY, why);
  }

  private void report(Pivot pivot, RangePlan plan, Set<PeerId> servers) {
    double fraction = plan.fractionDone();
    long elapsed = nanoTime.getAsLong() - startNanos;
    double gained = fraction - startFraction;
    Optional<Duration> eta = gained > 0 && elapsed > 0
        ? Optional.of(Duration.ofNanos((long) (elapsed * (1 - fraction) / gained)))
        : Optional.empty();
    progress = new Progress(pivot.height().height(), fraction, accounts, bytes, servers.size(), eta, plan.partsDone(),
        plan.parts().size());
  }

  private void log() {
    lastLog = nanoTime.getAsLong();
    Progress p = progress;
    LOG.info("Snap sync: {}% of the state of #{}, {} accounts, {} KiB from {} peers, ETA {}",
        String.format("%.1f", p.fraction() * 100), p.pivot(), p.accounts(), p.bytes() / 1024, p.peers(),
        p.eta().map(d -> d.toSeconds() + " s").orElse("unknown"));
  }

  private void checkStopped() {
    if (stopped || Thread.currentThread().isInterrupted()) {
      throw new CancellationException("snap sync stopped");
    }
  }
}
