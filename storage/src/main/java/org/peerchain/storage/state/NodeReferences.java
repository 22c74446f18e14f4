package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.schema.Schema;

/**
 * Reference-counted pruning. A node's count is how many times commits created it minus the
 * replacements released so far. A block's replacements are journaled and released only when the
 * state before that block leaves the window, so every retained state keeps its nodes; counting
 * (rather than a flag) keeps a node that a later block re-created, e.g. a balance that returned
 * to an old value.
 */
final class NodeReferences {
  private final KvReader store;
  private final StatePruning pruning;

  NodeReferences(KvReader store, StatePruning pruning) {
    this.store = store;
    this.pruning = pruning;
  }

  /** Fills {@code rows} with the node, count and journal rows of block {@code block}. */
  void collect(long block, Map<Hash, Bytes> created, List<Hash> createdTimes, List<Hash> replaced, StateRows rows) {
    Map<Hash, Long> delta = new HashMap<>();
    createdTimes.forEach(hash -> delta.merge(hash, 1L, Long::sum));
    rows.journalPuts.put(block, StateJournal.encode(replaced));
    // State block-retained is the newest that drops out now, so the block after it releases.
    long released = block - pruning.retainedBlocks() + 1;
    if (released > 0) {
      store.get(Schema.STATE_JOURNAL, released).ifPresent(entry -> {
        StateJournal.decode(entry).forEach(hash -> delta.merge(hash, -1L, Long::sum));
        rows.journalDeletes.add(released);
      });
    }
    List<Hash> changed = new ArrayList<>(delta.size());
    delta.forEach((hash, change) -> {
      if (change != 0) {
        changed.add(hash);
      }
    });
    // Tens of thousands of counts per block: one batched read instead of a read each.
    List<Optional<Long>> counts = store.getAll(Schema.TRIE_NODE_REFS, changed);
    for (int i = 0; i < changed.size(); i++) {
      Hash hash = changed.get(i);
      long stored = counts.get(i).orElse(0L);
      long count = stored + delta.get(hash);
      if (count < 0) {
        throw new IllegalStateException("trie node " + hash + " released more often than created");
      }
      rows.refCounts.put(hash, count);
      if (count == 0) {
        rows.nodeDeletes.add(hash);
      } else if (stored == 0) {
        rows.nodePuts.put(hash, created.get(hash));
      }
    }
  }
}
