package org.peerchain.storage.kv;

import java.nio.file.Path;

/** Run in a child JVM: tries to open the data directory given as the argument and reports. */
public final class DataDirOpener {
  static final int REFUSED = 3;

  private DataDirOpener() {}

  public static void main(String[] args) {
    try (KeyValueStore store = RocksDbKeyValueStore.open(Path.of(args[0]), RocksDbOptions.defaults()
        .withBlockCacheBytes(1 << 20), TestColumns.ALL)) {
      System.out.println("OPENED");
    } catch (StorageException e) {
      System.out.println("REFUSED " + e.reason() + " " + e.getMessage());
      System.exit(REFUSED);
    }
  }
}
