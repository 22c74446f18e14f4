package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KvEntry;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.schema.Schema;

/**
 * Reference-counted pruning. A node's count is how many times commits created it minus the
 * replacements released so far. A block's replacements are journaled and released only when the
 * state before that block leaves the window, so every retained state keeps its nodes; counting
 * (rather than a flag) keeps a node that a later block re-created, e.g. a balance that returned
 * to an old value.
 *
 * <p>Nearly every node is referenced once, so a stored node without a count row counts 1 and only
 * counts of 2 or more get a row: a block then writes one row per new node instead of two, and the
 * counts it reads are nearly all misses in a small column. Rows holding 1, as stores written
 * before this rule have for every node, still read correctly and go when they are next changed.
 */
final class NodeReferences {
  /** One is due per block; the rest catch up after a snapshot is released. */
  private static final int MAX_RELEASES_PER_BLOCK = 4;

  private final KvReader store;
  private final StatePruning pruning;
  private final SnapshotRetention retention;
  /** No journal entry below this is left: where releasing starts looking (skips deleted rows). */
  private final long journalFloor;
  /** Per node this block touches: its net change in references, and its encoding if created. */
  private final Map<Hash, Change> changes = new HashMap<>();

  NodeReferences(KvReader store, StatePruning pruning, SnapshotRetention retention, long journalFloor) {
    this.store = store;
    this.pruning = pruning;
    this.retention = retention;
    this.journalFloor = journalFloor;
  }

  /** A node the block's commit emits: one more reference. */
  void created(Hash hash, Bytes node) {
    Change change = changes.computeIfAbsent(hash, h -> new Change());
    change.delta++;
    change.node = node;
  }

  /** Fills {@code rows} with the node, count and journal rows of block {@code block}. */
  void collect(long block, List<Hash> replaced, StateRows rows) {
    rows.journalPuts.put(block, StateJournal.encode(replaced));
    release(block, rows);
    List<Hash> changed = new ArrayList<>(changes.size());
    List<Hash> gained = new ArrayList<>();
    changes.forEach((hash, change) -> {
      if (change.delta != 0) {
        changed.add(hash);
      }
      if (change.delta > 0) {
        gained.add(hash);
      }
    });
    // Tens of thousands of nodes per block: batched reads instead of one read each.
    List<Optional<Long>> counts = store.getAll(Schema.TRIE_NODE_REFS, changed);
    markStored(gained);
    for (int i = 0; i < changed.size(); i++) {
      Hash hash = changed.get(i);
      Change change = changes.get(hash);
      Optional<Long> row = counts.get(i);
      // A released node is stored (its count is at least 1), so only gains needed the node's row.
      long before = row.orElseGet(() -> change.delta < 0 || change.stored ? 1L : 0L);
      long after = before + change.delta;
      if (after < 0) {
        throw new IllegalStateException("trie node " + hash + " released more often than created");
      }
      if (after >= 2) {
        rows.refCounts.put(hash, after);
      } else if (row.isPresent()) {
        rows.refCounts.put(hash, 0L);
      }
      if (after == 0) {
        rows.nodeDeletes.add(hash);
      } else if (before == 0) {
        rows.nodePuts.put(hash, change.node);
      }
    }
  }

  /**
   * Releases the journal entries whose states left the window: normally the one entry of the
   * state that drops out now. A kept snapshot state holds back every entry after it (their nodes
   * may be in that state); once it is released, the held entries go a few per block, so no single
   * block's batch grows with the snapshot interval.
   */
  private void release(long block, StateRows rows) {
    // State block-retained is the newest that drops out now, so the block after it releases.
    long bound = Math.min(block - pruning.retainedBlocks() + 1, retention.oldestKept(block));
    rows.journalFloor = journalFloor;
    if (bound < journalFloor) {
      return;
    }
    try (KvIterator<Long, Bytes> entries = store.iterateFrom(Schema.STATE_JOURNAL, journalFloor)) {
      for (int released = 0; released < MAX_RELEASES_PER_BLOCK && entries.hasNext(); released++) {
        KvEntry<Long, Bytes> entry = entries.next();
        if (entry.key() > bound) {
          break;
        }
        StateJournal.decode(entry.value()).forEach(hash -> changes.computeIfAbsent(hash, h -> new Change()).delta--);
        rows.journalDeletes.add(entry.key());
        rows.journalFloor = entry.key() + 1;
      }
    }
  }

  private void markStored(List<Hash> hashes) {
    List<Optional<Bytes>> nodes = store.getAll(Schema.TRIE_NODES, hashes);
    for (int i = 0; i < hashes.size(); i++) {
      changes.get(hashes.get(i)).stored = nodes.get(i).isPresent();
    }
  }

  private static final class Change {
    long delta;
    Bytes node;
    boolean stored;
  }
}
