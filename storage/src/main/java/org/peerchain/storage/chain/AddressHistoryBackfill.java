package org.peerchain.storage.chain;

import static org.peerchain.storage.schema.Schema.CANONICAL;
import static org.peerchain.storage.schema.Schema.METADATA;

import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvEntry;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the address index for the blocks of a store written before it existed, when the store is
 * opened and before any commit. Rows are the same whoever writes them, so a crash half-way costs
 * only the work: the completion mark goes in the last batch and the next open starts over.
 */
final class AddressHistoryBackfill {
  private static final Logger LOG = LoggerFactory.getLogger(AddressHistoryBackfill.class);
  static final Bytes COMPLETE = Bytes.of(1);
  // Bounds a batch's memory; each batch is one synced write.
  private static final int BLOCKS_PER_BATCH = 1000;

  private AddressHistoryBackfill() {}

  static boolean isComplete(KeyValueStore kv) {
    return kv.contains(METADATA, MetadataKeys.ADDRESS_HISTORY_COMPLETE);
  }

  /** @return how many blocks were indexed; 0 when the index was complete already */
  static long run(KeyValueStore kv) {
    if (isComplete(kv)) {
      return 0;
    }
    long head = kv.last(CANONICAL).map(KvEntry::key).orElse(0L);
    LOG.info("Indexing transactions by address for blocks 1 to {} (data directory from before the address index)",
        head);
    long blocks = 0;
    KvChainView view = new KvChainView(kv);
    // Blocks the store holds; a store that starts above genesis (synced from a snapshot) has none below.
    try (KvIterator<Long, Hash> canonical = kv.iterateFrom(CANONICAL, 1L)) {
      WriteBatch batch = kv.newBatch();
      try {
        int inBatch = 0;
        while (canonical.hasNext()) {
          KvEntry<Long, Hash> entry = canonical.next();
          Optional<Block> block = view.block(entry.value());
          if (block.isEmpty()) {
            continue;
          }
          AddressHistoryRows.put(batch, block.get());
          blocks++;
          if (++inBatch == BLOCKS_PER_BATCH) {
            batch.commit();
            batch.close();
            batch = kv.newBatch();
            inBatch = 0;
            LOG.info("Indexed transactions by address up to block {} of {}", entry.key(), head);
          }
        }
        batch.put(METADATA, MetadataKeys.ADDRESS_HISTORY_COMPLETE, COMPLETE);
        batch.commit();
      } finally {
        batch.close();
      }
    }
    LOG.info("Indexed transactions by address for {} blocks", blocks);
    return blocks;
  }
}
