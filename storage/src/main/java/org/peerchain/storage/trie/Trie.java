package org.peerchain.storage.trie;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * A Merkle Patricia Trie handle. Not thread-safe; {@link MerklePatriciaTrie#snapshot()} gives
 * other threads an independent view that shares all nodes.
 */
public interface Trie {
  Optional<Bytes> get(Bytes key);

  /** An empty value deletes the key, as in Ethereum. */
  void put(Bytes key, Bytes value);

  void delete(Bytes key);

  /** Hashes the nodes changed since the last hashing, each once. */
  Hash rootHash();

  /**
   * Hashes, then hands every node created since the last commit that is referenced by hash (an
   * encoding of 32 bytes or more), and the root whatever its size, to {@code sink}; the nodes are
   * then clean and will not be emitted again. An empty trie emits nothing: its root is
   * {@link MerklePatriciaTrie#EMPTY_TRIE_ROOT} and needs no node.
   */
  Hash commit(TrieNodeSink sink);

  /**
   * An eth_getProof-style proof: the RLP of the nodes from the root along the key's path. For an
   * absent key it proves the absence. Verify with the matching static {@code verify}.
   */
  List<Bytes> proof(Bytes key);
}
