package org.peerchain.storage.kv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads from columns. Every iterator sees the data as of its creation, even while commits go on;
 * separate calls on a store may see different commits, so a reader that needs several values from
 * the same head reads them through one {@link Snapshot}.
 */
public interface KvReader {
  <K, V> Optional<V> get(Column<K, V> column, K key);

  /**
   * The values of {@code keys}, in their order. A store may look them up together, which is much
   * cheaper than one {@link #get} each when there are thousands. Like separate gets, the keys may
   * see different commits unless read through one {@link Snapshot}.
   */
  default <K, V> List<Optional<V>> getAll(Column<K, V> column, List<K> keys) {
    List<Optional<V>> values = new ArrayList<>(keys.size());
    for (K key : keys) {
      values.add(get(column, key));
    }
    return values;
  }

  default <K, V> boolean contains(Column<K, V> column, K key) {
    return get(column, key).isPresent();
  }

  /** Must be closed. */
  <K, V> KvIterator<K, V> iterate(Column<K, V> column, KeyRange range);

  /** The whole column in ascending key order. Must be closed. */
  default <K, V> KvIterator<K, V> iterate(Column<K, V> column) {
    return iterate(column, KeyRange.all());
  }

  /** Ascending from {@code start} (inclusive). Must be closed. */
  default <K, V> KvIterator<K, V> iterateFrom(Column<K, V> column, K start) {
    return iterate(column, KeyRange.from(column.keyBytes(start)));
  }

  /** A stream over the range; closing the stream releases the iterator. Must be closed. */
  default <K, V> Stream<KvEntry<K, V>> stream(Column<K, V> column, KeyRange range) {
    return iterate(column, range).stream();
  }

  default <K, V> Optional<KvEntry<K, V>> first(Column<K, V> column) {
    return firstIn(column, KeyRange.all());
  }

  /** The entry with the highest key, e.g. the head of the canonical index. */
  default <K, V> Optional<KvEntry<K, V>> last(Column<K, V> column) {
    return firstIn(column, KeyRange.all().descending());
  }

  /** The entry with the highest key at or below {@code key}. */
  default <K, V> Optional<KvEntry<K, V>> floor(Column<K, V> column, K key) {
    return firstIn(column, KeyRange.atMost(column.keyBytes(key)).descending());
  }

  /** The first entry the range visits. */
  default <K, V> Optional<KvEntry<K, V>> firstIn(Column<K, V> column, KeyRange range) {
    try (KvIterator<K, V> it = iterate(column, range)) {
      return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }
  }
}
