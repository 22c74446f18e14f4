package org.peerchain.storage.kv;

import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.ReadOptions;
import org.rocksdb.WriteOptions;

/** The native option objects a store needs for its whole life; all freed together on close. */
final class RocksDbNativeOptions implements AutoCloseable {
  private static final long MAX_TOTAL_WAL_BYTES = 256L * 1024 * 1024;

  final LRUCache cache;
  final BloomFilter bloomFilter;
  final ColumnFamilyOptions columnOptions;
  final DBOptions dbOptions;
  final WriteOptions writeOptions;
  final ReadOptions readOptions;

  RocksDbNativeOptions(RocksDbOptions options) {
    cache = new LRUCache(options.blockCacheBytes());
    bloomFilter = new BloomFilter(options.bloomBitsPerKey(), false);
    BlockBasedTableConfig table = new BlockBasedTableConfig()
        .setBlockCache(cache)
        .setFilterPolicy(bloomFilter)
        // Index and filter blocks live in the cache, so memory stays bounded by its size.
        .setCacheIndexAndFilterBlocks(true)
        .setPinL0FilterAndIndexBlocksInCache(true);
    columnOptions = new ColumnFamilyOptions()
        .setTableFormatConfig(table)
        .setWriteBufferSize(options.writeBufferBytes())
        .setCompressionType(CompressionType.LZ4_COMPRESSION)
        .setBottommostCompressionType(CompressionType.ZSTD_COMPRESSION)
        .setLevelCompactionDynamicLevelBytes(true)
        // A memtable filter answers most misses (new trie nodes, absent reference counts) without
        // a skip-list search.
        .setMemtablePrefixBloomSizeRatio(0.05)
        .setMemtableWholeKeyFiltering(true);
    dbOptions = new DBOptions()
        .setCreateIfMissing(true)
        .setCreateMissingColumnFamilies(true)
        .setMaxOpenFiles(options.maxOpenFiles())
        .setMaxBackgroundJobs(options.maxBackgroundJobs())
        .setKeepLogFileNum(5)
        // Small columns rarely fill a memtable, and a log cannot go before every column that has
        // data in it has flushed: bound the logs, or a restart replays every block since the start.
        .setMaxTotalWalSize(MAX_TOTAL_WAL_BYTES)
        .setBytesPerSync(1024 * 1024);
    writeOptions = new WriteOptions().setSync(options.syncWrites()).setDisableWAL(false);
    readOptions = new ReadOptions();
  }

  /** For a RocksDB build without ZSTD: the bottommost level then uses LZ4 like the others. */
  void withoutZstd() {
    columnOptions.setBottommostCompressionType(CompressionType.LZ4_COMPRESSION);
  }

  @Override
  public void close() {
    readOptions.close();
    writeOptions.close();
    dbOptions.close();
    columnOptions.close();
    bloomFilter.close();
    cache.close();
  }
}
