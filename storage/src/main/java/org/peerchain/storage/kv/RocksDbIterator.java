package org.peerchain.storage.kv;

import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peerchain.core.bytes.Bytes;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * A RocksDB cursor over one column and key range. RocksDB pins the state as of creation, which
 * gives iteration its consistency. Bounds are checked here rather than with native bound slices,
 * which would be two more handles to free.
 */
final class RocksDbIterator implements KvIterator<Bytes, Bytes> {
  private final RocksDbHandles handles;
  private final OpenResources owner;
  private final KeyRange range;
  private final ReadOptions readOptions;
  private final RocksIterator cursor;
  private final AtomicBoolean closed = new AtomicBoolean();
  private KvEntry<Bytes, Bytes> pending;
  private boolean exhausted;

  /** Call under the store's read lock; the iterator registers itself with {@code owner}. */
  RocksDbIterator(RocksDbHandles handles, ColumnFamilyHandle family, org.rocksdb.Snapshot snapshot,
      KeyRange range, OpenResources owner) {
    this.handles = handles;
    this.owner = owner;
    this.range = range;
    this.readOptions = new ReadOptions();
    if (snapshot != null) {
      readOptions.setSnapshot(snapshot);
    }
    this.cursor = handles.db.newIterator(family, readOptions);
    owner.add(this);
    position();
  }

  private void position() {
    if (!range.isDescending()) {
      if (range.lower() == null) {
        cursor.seekToFirst();
      } else {
        cursor.seek(range.lower().toArray());
      }
    } else if (range.upper() == null) {
      cursor.seekToLast();
    } else {
      byte[] upper = range.upper().toArray();
      cursor.seekForPrev(upper);
      // seekForPrev lands on a key <= upper, but the upper bound is exclusive.
      if (cursor.isValid() && Bytes.wrap(cursor.key()).equals(range.upper())) {
        cursor.prev();
      }
    }
  }

  @Override
  public boolean hasNext() {
    return handles.guard.read(() -> {
      ensureOpen();
      load();
      return pending != null;
    });
  }

  @Override
  public KvEntry<Bytes, Bytes> next() {
    return handles.guard.read(() -> {
      ensureOpen();
      load();
      if (pending == null) {
        throw new NoSuchElementException();
      }
      KvEntry<Bytes, Bytes> entry = pending;
      pending = null;
      if (range.isDescending()) {
        cursor.prev();
      } else {
        cursor.next();
      }
      return entry;
    });
  }

  private void load() {
    if (pending != null || exhausted) {
      return;
    }
    if (!cursor.isValid()) {
      exhausted = true;
      try {
        cursor.status();
      } catch (RocksDBException e) {
        throw handles.error("iterating", e);
      }
      return;
    }
    Bytes key = Bytes.wrap(cursor.key());
    if (!range.contains(key)) {
      exhausted = true;
      return;
    }
    pending = new KvEntry<>(key, Bytes.wrap(cursor.value()));
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("iterator is closed");
    }
  }

  @Override
  public void close() {
    handles.guard.release(() -> {
      if (closed.compareAndSet(false, true)) {
        cursor.close();
        readOptions.close();
        owner.remove(this);
      }
    });
  }
}
