package org.peerchain.storage.kv;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.peerchain.core.bytes.Bytes;

/**
 * One immutable state of the in-memory store. A commit builds the next version by copying only the
 * columns it touches, so readers and snapshots holding a version need no locks and never see a
 * half-applied batch.
 */
final class MemoryVersion {
  /** One operation of a batch; a null value deletes. */
  record Write(int columnId, Bytes key, Bytes value) {}

  private final Map<Integer, NavigableMap<Bytes, Bytes>> tables;

  private MemoryVersion(Map<Integer, NavigableMap<Bytes, Bytes>> tables) {
    this.tables = tables;
  }

  static MemoryVersion empty(ColumnSet columns) {
    Map<Integer, NavigableMap<Bytes, Bytes>> tables = new HashMap<>();
    columns.all().forEach(c -> tables.put(c.id(), Collections.unmodifiableNavigableMap(new TreeMap<>())));
    return new MemoryVersion(Map.copyOf(tables));
  }

  Optional<Bytes> get(int columnId, Bytes key) {
    return Optional.ofNullable(tables.get(columnId).get(key));
  }

  NavigableMap<Bytes, Bytes> view(int columnId, KeyRange range) {
    NavigableMap<Bytes, Bytes> table = tables.get(columnId);
    Bytes lower = range.lower();
    Bytes upper = range.upper();
    if (lower != null && upper != null) {
      table = table.subMap(lower, true, upper, false);
    } else if (lower != null) {
      table = table.tailMap(lower, true);
    } else if (upper != null) {
      table = table.headMap(upper, false);
    }
    return range.isDescending() ? table.descendingMap() : table;
  }

  MemoryVersion apply(List<Write> writes) {
    Map<Integer, TreeMap<Bytes, Bytes>> changed = new HashMap<>();
    for (Write write : writes) {
      TreeMap<Bytes, Bytes> table = changed.computeIfAbsent(write.columnId(), id -> new TreeMap<>(tables.get(id)));
      if (write.value() == null) {
        table.remove(write.key());
      } else {
        table.put(write.key(), write.value());
      }
    }
    Map<Integer, NavigableMap<Bytes, Bytes>> next = new HashMap<>(tables);
    changed.forEach((id, table) -> next.put(id, Collections.unmodifiableNavigableMap(table)));
    return new MemoryVersion(Map.copyOf(next));
  }
}
