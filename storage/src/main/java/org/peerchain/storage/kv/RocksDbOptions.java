package org.peerchain.storage.kv;

/**
 * Tuning for {@link RocksDbKeyValueStore}. The write-ahead log is always on; {@code syncWrites}
 * decides whether a commit waits for it to reach the disk (off only for benchmarks and throwaway
 * stores: a crash may then lose the last commits, though never half of one).
 *
 * @param blockCacheBytes LRU cache for data, index and bloom filter blocks, shared by all columns
 * @param bloomBitsPerKey bloom filter size; 10 bits give about 1% false positives on point reads
 * @param maxOpenFiles SST files kept open; -1 keeps all open
 * @param maxBackgroundJobs threads for flushes and compactions
 * @param writeBufferBytes one column's memtable; each column may hold two, and a new memtable's
 *     filter (a twentieth of this) is allocated and zeroed up front, for every column
 */
public record RocksDbOptions(long blockCacheBytes, int bloomBitsPerKey, int maxOpenFiles, int maxBackgroundJobs,
    boolean syncWrites, long writeBufferBytes) {
  public static final long DEFAULT_BLOCK_CACHE_BYTES = 256L * 1024 * 1024;
  /** RocksDB's own default. */
  public static final long DEFAULT_WRITE_BUFFER_BYTES = 64L * 1024 * 1024;

  public RocksDbOptions {
    if (blockCacheBytes <= 0) {
      throw new IllegalArgumentException("block cache size must be positive: " + blockCacheBytes);
    }
    if (bloomBitsPerKey < 0) {
      throw new IllegalArgumentException("bloom bits per key must not be negative: " + bloomBitsPerKey);
    }
    if (maxBackgroundJobs < 1) {
      throw new IllegalArgumentException("at least one background job is needed: " + maxBackgroundJobs);
    }
    if (writeBufferBytes < 1024 * 1024) {
      throw new IllegalArgumentException("write buffer must be at least 1 MiB: " + writeBufferBytes);
    }
  }

  public static RocksDbOptions defaults() {
    return new RocksDbOptions(DEFAULT_BLOCK_CACHE_BYTES, 10, -1,
        Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors())), true, DEFAULT_WRITE_BUFFER_BYTES);
  }

  public RocksDbOptions withBlockCacheBytes(long bytes) {
    return new RocksDbOptions(bytes, bloomBitsPerKey, maxOpenFiles, maxBackgroundJobs, syncWrites, writeBufferBytes);
  }

  public RocksDbOptions withSyncWrites(boolean sync) {
    return new RocksDbOptions(blockCacheBytes, bloomBitsPerKey, maxOpenFiles, maxBackgroundJobs, sync, writeBufferBytes);
  }

  public RocksDbOptions withWriteBufferBytes(long bytes) {
    return new RocksDbOptions(blockCacheBytes, bloomBitsPerKey, maxOpenFiles, maxBackgroundJobs, syncWrites, bytes);
  }
}
