package org.peerchain.storage.state;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;

/**
 * Makes a state trie written from elsewhere (snap sync) the head state of a fresh store. Its
 * accounts are known by hashed address only, so the flat account index stays empty and head reads
 * that miss it walk the trie instead.
 */
public final class ImportedState {
  private ImportedState() {}

  /**
   * Writes the head rows for a trie whose nodes are all stored under {@code head.stateRoot()}.
   * Every node was written once, which is the reference count pruning assumes for a node without
   * a count row, so the imported state can be pruned later.
   */
  public static void writeHead(WriteBatch batch, StateHead head) {
    batch.put(Schema.METADATA, MetadataKeys.STATE_HEAD, head.toBytes());
    batch.put(Schema.METADATA, MetadataKeys.STATE_REFCOUNTED, Bytes.of(1));
    batch.put(Schema.METADATA, MetadataKeys.STATE_FLAT_INDEX_PARTIAL, Bytes.of(1));
  }
}
