package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;

/**
 * The trie nodes a block stores, appended as the commit emits them and written in key order. A
 * list, not a map: tens of thousands of nodes per block, and a node emitted twice (two equal
 * subtries) is the same row written twice, which the batch settles.
 */
final class NodeRows {
  private record Row(long prefix, Hash hash, Bytes node) {}

  private final List<Row> rows = new ArrayList<>();

  void put(Hash hash, Bytes node) {
    rows.add(new Row(KeyOrder.prefix(hash.bytes()), hash, node));
  }

  boolean contains(Hash hash) {
    return rows.stream().anyMatch(row -> row.hash.equals(hash));
  }

  int size() {
    return rows.size();
  }

  void writeTo(WriteBatch batch) {
    // In key order: RocksDB inserts a sorted run into its memtable about twice as fast.
    rows.sort((a, b) -> {
      int byPrefix = Long.compareUnsigned(a.prefix, b.prefix);
      return byPrefix != 0 ? byPrefix : a.hash.compareTo(b.hash);
    });
    for (Row row : rows) {
      batch.put(Schema.TRIE_NODES, row.hash, row.node);
    }
  }
}
