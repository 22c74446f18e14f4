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
 */
public record RocksDbOptions(
    long blockCacheBytes, int bloomBitsPerKey, int maxOpenFiles, int maxBackgroundJobs, boolean syncWrites) {
  public static final long DEFAULT_BLOCK_CACHE_BYTES = 256L * 1024 * 1024;

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
  }

  public static RocksDbOptions defaults() {
    return new RocksDbOptions(DEFAULT_BLOCK_CACHE_BYTES, 10, -1,
        Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors())), true);
  }

  public RocksDbOptions withBlockCacheBytes(long bytes) {
    return new RocksDbOptions(bytes, bloomBitsPerKey, maxOpenFiles, maxBackgroundJobs, syncWrites);
  }
}
