package org.peerchain.storage.kv;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps native memory safe across close: every operation runs under the read lock and close takes
 * the write lock, so RocksDB handles are never freed while a call is using them. Resources release
 * their own handles under the read lock as well, which makes a user's close racing the store's
 * close free each handle exactly once and before the database.
 */
final class StoreGuard {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final OpenResources resources = new OpenResources();
  private final String description;
  private volatile boolean closed;

  StoreGuard(String description) {
    this.description = description;
  }

  /** Runs a read or write; throws {@link IllegalStateException} once the store is closed. */
  <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException(description + " is closed");
      }
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Frees a resource's handles; runs even after the store closed (then usually a no-op). */
  void release(Runnable action) {
    lock.readLock().lock();
    try {
      action.run();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Resources closed before the store closes. */
  OpenResources resources() {
    return resources;
  }

  void track(AutoCloseable resource) {
    resources.add(resource);
  }

  void untrack(AutoCloseable resource) {
    resources.remove(resource);
  }

  boolean isClosed() {
    return closed;
  }

  /** Closes tracked resources, then runs {@code releaseStore}; only the first call does anything. */
  void close(Runnable releaseStore) {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      resources.closeAll();
      closed = true;
      releaseStore.run();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
