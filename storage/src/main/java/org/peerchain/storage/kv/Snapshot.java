package org.peerchain.storage.kv;

/**
 * A consistent, read-only view of the whole store as of one commit: later commits are invisible to
 * it. It pins old data (RocksDB cannot compact it away), so close it promptly; closing it also
 * closes iterators opened from it.
 */
public interface Snapshot extends KvReader, AutoCloseable {
  @Override
  void close();
}
