package org.peerchain.storage.snap;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StateHead;

/**
 * What a snap sync has done, kept in {@link Schema#SNAP_PROGRESS} so a restarted node resumes: the
 * pivot and the key intervals whose accounts are staged. Write a range's accounts before marking
 * it done; a crash in between only fetches it again. Thread-safe.
 */
public final class SnapProgress {
  static final String PIVOT = "pivot";
  static final String DONE = "done";
  private static final int PIVOT_SIZE = Long.BYTES + Hash.SIZE;
  private static final int INTERVAL_SIZE = 2 * Hash.SIZE;
  private static final int ROWS_PER_BATCH = 20_000;

  private final KeyValueStore store;
  private StateHead pivot;
  /** Sorted, disjoint and not adjacent (adjacent intervals are merged). */
  private List<KeyInterval> done;

  private SnapProgress(KeyValueStore store, StateHead pivot, List<KeyInterval> done) {
    this.store = store;
    this.pivot = pivot;
    this.done = done;
  }

  /** @throws IllegalStateException if the stored progress is malformed */
  public static SnapProgress open(KeyValueStore store) {
    StateHead pivot = store.get(Schema.SNAP_PROGRESS, PIVOT).map(SnapProgress::decodePivot).orElse(null);
    List<KeyInterval> done = store.get(Schema.SNAP_PROGRESS, DONE).map(SnapProgress::decodeDone).orElse(List.of());
    return new SnapProgress(store, pivot, done);
  }

  /** The pivot of the sync under way; empty if none was started (or it finished). */
  public synchronized Optional<StateHead> pivot() {
    return Optional.ofNullable(pivot);
  }

  /**
   * Starts a sync of {@code newPivot}'s state, or resumes it if it is the pivot under way. A
   * different pivot discards what was done for the old one (its accounts may have changed since).
   *
   * @return whether progress was resumed
   */
  public synchronized boolean start(StateHead newPivot) {
    if (newPivot.equals(pivot)) {
      return true;
    }
    clearStagedAccounts();
    try (WriteBatch batch = store.newBatch()) {
      batch.put(Schema.SNAP_PROGRESS, PIVOT, encodePivot(newPivot));
      batch.delete(Schema.SNAP_PROGRESS, DONE);
      batch.commit();
    }
    pivot = newPivot;
    done = List.of();
    return false;
  }

  /** The intervals done, in key order. */
  public synchronized List<KeyInterval> done() {
    return done;
  }

  /** The intervals still to fetch, in key order; empty once the whole key space is done. */
  public synchronized List<KeyInterval> missing() {
    List<KeyInterval> missing = new ArrayList<>();
    Optional<Hash> from = Optional.of(KeyInterval.MIN_KEY);
    for (KeyInterval interval : done) {
      if (from.isPresent() && from.get().compareTo(interval.start()) < 0) {
        missing.add(new KeyInterval(from.get(), previous(interval.start())));
      }
      from = KeyInterval.after(interval.end());
    }
    from.ifPresent(start -> missing.add(new KeyInterval(start, KeyInterval.MAX_KEY)));
    return missing;
  }

  public synchronized boolean isComplete() {
    return done.size() == 1 && done.get(0).equals(KeyInterval.ALL);
  }

  /** Records that every account in {@code interval} is staged. */
  public synchronized void markDone(KeyInterval interval) {
    if (pivot == null) {
      throw new IllegalStateException("no snap sync started");
    }
    List<KeyInterval> merged = merge(done, interval);
    store.newBatch().put(Schema.SNAP_PROGRESS, DONE, encodeDone(merged)).commit();
    done = merged;
  }

  /**
   * The interval a verified answer to a request {@code [start, limit]} covers: up to its last
   * entry when more may follow, else up to the limit.
   */
  public static KeyInterval covered(Hash start, Hash limit, AccountRange range, RangeProofVerifier.RangeCheck check) {
    if (!check.more()) {
      return new KeyInterval(start, limit);
    }
    return new KeyInterval(start, range.entries().get(range.entries().size() - 1).keyHash());
  }

  /** Removes the progress rows into {@code batch}: the sync they describe is finished. */
  static void clear(WriteBatch batch) {
    batch.delete(Schema.SNAP_PROGRESS, PIVOT);
    batch.delete(Schema.SNAP_PROGRESS, DONE);
  }

  private void clearStagedAccounts() {
    WriteBatch batch = store.newBatch();
    int rows = 0;
    try (KvIterator<Hash, Bytes> staged = store.iterate(Schema.SNAP_ACCOUNTS)) {
      while (staged.hasNext()) {
        batch.delete(Schema.SNAP_ACCOUNTS, staged.next().key());
        if (++rows % ROWS_PER_BATCH == 0) {
          batch.commit();
          batch.close();
          batch = store.newBatch();
        }
      }
      batch.commit();
    } finally {
      batch.close();
    }
  }

  static List<KeyInterval> merge(List<KeyInterval> intervals, KeyInterval added) {
    List<KeyInterval> out = new ArrayList<>(intervals.size() + 1);
    Hash start = added.start();
    Hash end = added.end();
    for (KeyInterval interval : intervals) {
      // Disjoint and not adjacent: kept apart; otherwise absorbed into the added interval.
      if (endsBefore(interval.end(), start) || endsBefore(end, interval.start())) {
        out.add(interval);
      } else {
        start = min(start, interval.start());
        end = max(end, interval.end());
      }
    }
    out.add(new KeyInterval(start, end));
    out.sort((a, b) -> a.start().compareTo(b.start()));
    return List.copyOf(out);
  }

  /** Whether a gap of at least one key lies between {@code end} and {@code start}. */
  private static boolean endsBefore(Hash end, Hash start) {
    Optional<Hash> next = KeyInterval.after(end);
    return next.isPresent() && next.get().compareTo(start) < 0;
  }

  private static Hash min(Hash a, Hash b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Hash max(Hash a, Hash b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Hash previous(Hash key) {
    return KeyInterval.toHash(KeyInterval.toNumber(key).subtract(BigInteger.ONE));
  }

  static Bytes encodePivot(StateHead pivot) {
    return Bytes.wrap(ByteBuffer.allocate(PIVOT_SIZE).putLong(pivot.blockNumber()).put(pivot.stateRoot().toArray()).array());
  }

  static StateHead decodePivot(Bytes bytes) {
    if (bytes.size() != PIVOT_SIZE) {
      throw new IllegalStateException("stored snap pivot has " + bytes.size() + " bytes, expected " + PIVOT_SIZE);
    }
    return new StateHead(ByteBuffer.wrap(bytes.toArray()).getLong(), Hash.wrap(bytes.slice(Long.BYTES)));
  }

  static Bytes encodeDone(List<KeyInterval> intervals) {
    byte[] out = new byte[intervals.size() * INTERVAL_SIZE];
    for (int i = 0; i < intervals.size(); i++) {
      intervals.get(i).start().bytes().copyTo(out, i * INTERVAL_SIZE);
      intervals.get(i).end().bytes().copyTo(out, i * INTERVAL_SIZE + Hash.SIZE);
    }
    return Bytes.wrap(out);
  }

  static List<KeyInterval> decodeDone(Bytes bytes) {
    if (bytes.size() % INTERVAL_SIZE != 0) {
      throw new IllegalStateException("stored snap progress has " + bytes.size() + " bytes, not a multiple of " + INTERVAL_SIZE);
    }
    List<KeyInterval> out = new ArrayList<>();
    for (int at = 0; at < bytes.size(); at += INTERVAL_SIZE) {
      KeyInterval interval;
      try {
        interval = new KeyInterval(Hash.wrap(bytes.slice(at, Hash.SIZE)), Hash.wrap(bytes.slice(at + Hash.SIZE, Hash.SIZE)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("stored snap progress is malformed: " + e.getMessage(), e);
      }
      if (!out.isEmpty() && out.get(out.size() - 1).end().compareTo(interval.start()) >= 0) {
        throw new IllegalStateException("stored snap progress intervals overlap or are out of order");
      }
      out.add(interval);
    }
    return List.copyOf(out);
  }
}
