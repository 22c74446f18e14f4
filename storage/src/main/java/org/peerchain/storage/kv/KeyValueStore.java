package org.peerchain.storage.kv;

/**
 * A store of typed columns. Reads are thread-safe and may run during commits; each batch is
 * applied atomically. Closing the store closes its open iterators, snapshots and batches; any use
 * after close throws {@link IllegalStateException}. Failures of the underlying storage throw
 * {@link StorageException}.
 */
public interface KeyValueStore extends KvReader, AutoCloseable {
  WriteBatch newBatch();

  Snapshot snapshot();

  @Override
  void close();
}
