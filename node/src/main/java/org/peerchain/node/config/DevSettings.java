package org.peerchain.node.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.storage.kv.RocksDbOptions;

/**
 * What only {@code peerchain dev} has: its cheat methods, how it mines at start, and the state files.
 *
 * @param automine a block as soon as transactions wait (anvil's default)
 * @param intervalMs a block every interval (--block-time); 0: none
 * @param loadState loaded at start when it exists (--state)
 * @param saveState written at exit (--state, --dump-state)
 * @param throwawayStore the data directory is a temporary one, deleted at exit (no --data-dir): no
 *     later start ever reads it, so a commit need not wait for the disk
 */
public record DevSettings(boolean automine, long intervalMs, Optional<Path> loadState, Optional<Path> saveState,
    boolean throwawayStore) {
  private static final long STORE_BLOCK_CACHE_BYTES = 16L * 1024 * 1024;
  private static final long STORE_WRITE_BUFFER_BYTES = 8L * 1024 * 1024;

  public DevSettings {
    if (intervalMs < 0) {
      throw new IllegalArgumentException("interval must not be negative: " + intervalMs);
    }
    Objects.requireNonNull(loadState, "loadState");
    Objects.requireNonNull(saveState, "saveState");
  }

  public DevSettings(boolean automine, long intervalMs, Optional<Path> loadState, Optional<Path> saveState) {
    this(automine, intervalMs, loadState, saveState, false);
  }

  /**
   * The dev node's store: a small block cache and small memtables. RocksDB's defaults size a
   * validator's store; a dev chain is small, runs beside a user's other tools, and each column's
   * memtable filter alone (a twentieth of the write buffer, allocated and zeroed up front) cost
   * about 50 MB of resident memory at 64 MiB over twenty columns.
   */
  public RocksDbOptions storage() {
    return RocksDbOptions.defaults().withBlockCacheBytes(STORE_BLOCK_CACHE_BYTES)
        .withWriteBufferBytes(STORE_WRITE_BUFFER_BYTES).withSyncWrites(!throwawayStore);
  }

  public static DevSettings defaults() {
    return new DevSettings(true, 0, Optional.empty(), Optional.empty());
  }
}
