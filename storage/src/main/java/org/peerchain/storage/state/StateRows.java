package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;

/** The rows one block's state commit writes; collected first so the batch can be retried. */
final class StateRows {
  final NodeRows nodePuts = new NodeRows();
  final List<Hash> nodeDeletes = new ArrayList<>();
  /** New reference counts of 2 or more; 0 deletes the count row (the node then counts 1 or is gone). */
  final Map<Hash, Long> refCounts = new HashMap<>();
  ChangedAccounts accounts = ChangedAccounts.NONE;
  final Map<Long, Bytes> journalPuts = new HashMap<>();
  final List<Long> journalDeletes = new ArrayList<>();
  boolean refCounted;
  /** Where the next block looks for journal entries to release. */
  long journalFloor = 1;
  StateHead head;

  void writeTo(WriteBatch batch) {
    // In key order: RocksDB inserts a sorted run into its memtable about twice as fast.
    nodePuts.writeTo(batch);
    nodeDeletes.stream().sorted().forEach(hash -> batch.delete(Schema.TRIE_NODES, hash));
    sorted(refCounts).forEach(row -> {
      if (row.getValue() == 0) {
        batch.delete(Schema.TRIE_NODE_REFS, row.getKey());
      } else {
        batch.put(Schema.TRIE_NODE_REFS, row.getKey(), row.getValue());
      }
    });
    accounts.writeTo(batch);
    journalPuts.forEach((block, entry) -> batch.put(Schema.STATE_JOURNAL, block, entry));
    journalDeletes.forEach(block -> batch.delete(Schema.STATE_JOURNAL, block));
    if (refCounted) {
      batch.put(Schema.METADATA, MetadataKeys.STATE_REFCOUNTED, Bytes.of(1));
    } else {
      batch.delete(Schema.METADATA, MetadataKeys.STATE_REFCOUNTED);
    }
    batch.put(Schema.METADATA, MetadataKeys.STATE_HEAD, head.toBytes());
  }

  private static <V> List<Map.Entry<Hash, V>> sorted(Map<Hash, V> rows) {
    return KeyOrder.sorted(rows, Hash::bytes);
  }
}
