package org.peerchain.storage.schema;

import static org.peerchain.storage.kv.Serializers.ADDRESS;
import static org.peerchain.storage.kv.Serializers.BYTES;
import static org.peerchain.storage.kv.Serializers.HASH;
import static org.peerchain.storage.kv.Serializers.LONG_BE;
import static org.peerchain.storage.kv.Serializers.UTF8;

import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.Column;

/**
 * Every column peerchain stores. Ids and names are the on-disk identity: to add a column, APPEND
 * it with the next unused id and add it to {@link #ALL}; never renumber, rename or reuse an id,
 * even of a dropped column (list dropped ids below). Values stay raw {@link Bytes} where their
 * codec belongs to a higher layer (chain store, world state).
 */
public final class Schema {
  /** Bumped when the layout of existing columns changes; stored under {@link MetadataKeys#SCHEMA_VERSION}. */
  public static final int VERSION = 1;

  /** Store-wide facts: schema version, genesis hash, head pointer (see {@link MetadataKeys}). */
  public static final Column<String, Bytes> METADATA = Column.of(1, "metadata", UTF8, BYTES);

  public static final Column<Hash, Bytes> BLOCK_HEADERS = Column.of(2, "block_headers", HASH, BYTES);
  public static final Column<Hash, Bytes> BLOCK_BODIES = Column.of(3, "block_bodies", HASH, BYTES);
  /** Commit certificates by block hash. */
  public static final Column<Hash, Bytes> CERTIFICATES = Column.of(4, "certificates", HASH, BYTES);
  /** A block's receipts by block hash. */
  public static final Column<Hash, Bytes> RECEIPTS = Column.of(5, "receipts", HASH, BYTES);
  /** Block number to canonical block hash; numbers iterate in order, {@code last()} is the head. */
  public static final Column<Long, Hash> CANONICAL = Column.of(6, "canonical", LONG_BE, HASH);
  /** Transaction hash to its location (block hash and index), encoded by the chain store. */
  public static final Column<Hash, Bytes> TX_INDEX = Column.of(7, "tx_index", HASH, BYTES);
  /** State trie nodes by hash. */
  public static final Column<Hash, Bytes> TRIE_NODES = Column.of(8, "trie_nodes", HASH, BYTES);
  /** The flat index of accounts at the head, by address. */
  public static final Column<Address, Bytes> ACCOUNTS = Column.of(9, "accounts", ADDRESS, BYTES);
  /** Per block number, what state pruning must undo or delete later. */
  public static final Column<Long, Bytes> STATE_JOURNAL = Column.of(10, "state_journal", LONG_BE, BYTES);
  /** The consensus signer's own record (last signed height/round), so it never double-signs. */
  public static final Column<String, Bytes> CONSENSUS_SIGNER = Column.of(11, "consensus_signer", UTF8, BYTES);

  /**
   * How many times a stored trie node is referenced by the head state and by the pending journal
   * entries, for counts of 2 or more; a stored node without a row counts 1 (older stores also hold
   * rows of 1). Written only when state pruning is on. A node goes when its count reaches 0.
   */
  public static final Column<Hash, Long> TRIE_NODE_REFS = Column.of(12, "trie_node_refs", HASH, LONG_BE);

  /**
   * The address index: key address (20 bytes) ‖ block number (8 bytes big-endian) ‖ transaction
   * index (4 bytes big-endian), value the transaction hash, one row for the sender and one for the
   * recipient of every transaction. One address's rows sort by block order, so its history is a
   * prefix scan either way. Encoded by the chain store ({@code AddressHistoryKey}).
   */
  public static final Column<Bytes, Hash> ADDRESS_HISTORY = Column.of(13, "address_history", BYTES, HASH);

  /** Snap sync: verified accounts by hashed address, staged until the state trie is built from them. */
  public static final Column<Hash, Bytes> SNAP_ACCOUNTS = Column.of(15, "snap_accounts", HASH, BYTES);
  /** Snap sync progress: the pivot and the key ranges done, so a restarted sync resumes. */
  public static final Column<String, Bytes> SNAP_PROGRESS = Column.of(16, "snap_progress", UTF8, BYTES);

  // Next free id: 17. Dropped ids (never reuse): none. Id 14 is kept for the address index.

  public static final List<Column<?, ?>> ALL = List.of(
      METADATA, BLOCK_HEADERS, BLOCK_BODIES, CERTIFICATES, RECEIPTS, CANONICAL, TX_INDEX, TRIE_NODES,
      ACCOUNTS, STATE_JOURNAL, CONSENSUS_SIGNER, TRIE_NODE_REFS, ADDRESS_HISTORY, SNAP_ACCOUNTS, SNAP_PROGRESS);

  private Schema() {}
}
