package org.peerchain.storage.kv;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An ordered cursor over a column. It holds native resources in RocksDB, so it must be closed
 * (try-with-resources); using it after close throws {@link IllegalStateException}. Not thread-safe.
 */
public interface KvIterator<K, V> extends Iterator<KvEntry<K, V>>, AutoCloseable {
  @Override
  void close();

  /** The remaining entries as a stream that closes this iterator when the stream is closed. */
  default Stream<KvEntry<K, V>> stream() {
    Spliterator<KvEntry<K, V>> split =
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(this::close);
  }
}
