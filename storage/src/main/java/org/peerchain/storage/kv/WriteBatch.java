package org.peerchain.storage.kv;

/**
 * Writes to any columns that become visible together, or not at all. Nothing is visible before
 * {@link #commit()}; later operations on the same key win. Closing without a commit discards the
 * batch. After commit or close every method except close throws {@link IllegalStateException}.
 * Not thread-safe: one batch belongs to one thread.
 */
public interface WriteBatch extends AutoCloseable {
  <K, V> WriteBatch put(Column<K, V> column, K key, V value);

  <K, V> WriteBatch delete(Column<K, V> column, K key);

  /**
   * Applies every operation atomically and, for a durable store, durably: once this returns the
   * batch survives a crash (RocksDB: write-ahead log synced); if it throws, nothing was applied.
   */
  void commit();

  @Override
  void close();
}
