package org.peerchain.storage.schema;

/** The keys of {@link Schema#METADATA}. Like column ids, never rename one. */
public final class MetadataKeys {
  /** {@link Schema#VERSION} of the layout on disk, as 4 big-endian bytes. */
  public static final String SCHEMA_VERSION = "schema_version";
  /** The genesis block hash, 32 bytes: a store belongs to one chain. */
  public static final String GENESIS_HASH = "genesis_hash";
  /** The head block; written in the same batch as the block it points to. */
  public static final String HEAD = "head";
  /** The block number (8 bytes big-endian) and state root (32 bytes) of the world state at head. */
  public static final String STATE_HEAD = "state_head";
  /**
   * Present (one byte, 1) while every state commit has kept {@link Schema#TRIE_NODE_REFS} exact;
   * an archive-mode commit removes it, and pruning refuses a store without it.
   */
  public static final String STATE_REFCOUNTED = "state_refcounted";
  /**
   * Present (one byte, 1) when the state head was imported by snap sync: the flat account index
   * then lacks the accounts no block has touched since, and a miss there falls back to the trie.
   */
  public static final String STATE_FLAT_INDEX_PARTIAL = "state_flat_index_partial";

  /**
   * Present (one byte, 1) once {@link Schema#ADDRESS_HISTORY} holds every stored block's rows:
   * written with genesis, or by the back-fill when a store from before the index is opened.
   */
  public static final String ADDRESS_HISTORY_COMPLETE = "address_history_complete";

  private MetadataKeys() {}
}
