package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;

/** The rows one block's state commit writes; collected first so the batch can be retried. */
final class StateRows {
  final Map<Hash, Bytes> nodePuts = new HashMap<>();
  final List<Hash> nodeDeletes = new ArrayList<>();
  /** New reference counts; 0 deletes the count row. */
  final Map<Hash, Long> refCounts = new HashMap<>();
  final Map<Address, Account> accounts = new HashMap<>();
  final Map<Long, Bytes> journalPuts = new HashMap<>();
  final List<Long> journalDeletes = new ArrayList<>();
  boolean refCounted;
  StateHead head;

  void writeTo(WriteBatch batch) {
    nodePuts.forEach((hash, node) -> batch.put(Schema.TRIE_NODES, hash, node));
    nodeDeletes.forEach(hash -> batch.delete(Schema.TRIE_NODES, hash));
    refCounts.forEach((hash, count) -> {
      if (count == 0) {
        batch.delete(Schema.TRIE_NODE_REFS, hash);
      } else {
        batch.put(Schema.TRIE_NODE_REFS, hash, count);
      }
    });
    accounts.forEach((address, account) -> {
      if (account.isEmpty()) {
        batch.delete(Schema.ACCOUNTS, address);
      } else {
        batch.put(Schema.ACCOUNTS, address, AccountCodec.encode(account));
      }
    });
    journalPuts.forEach((block, entry) -> batch.put(Schema.STATE_JOURNAL, block, entry));
    journalDeletes.forEach(block -> batch.delete(Schema.STATE_JOURNAL, block));
    if (refCounted) {
      batch.put(Schema.METADATA, MetadataKeys.STATE_REFCOUNTED, Bytes.of(1));
    } else {
      batch.delete(Schema.METADATA, MetadataKeys.STATE_REFCOUNTED);
    }
    batch.put(Schema.METADATA, MetadataKeys.STATE_HEAD, head.toBytes());
  }
}
