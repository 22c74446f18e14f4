package org.peerchain.storage.trie;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;

/**
 * Verifies a proof by walking a trie whose only nodes are the proof's, indexed by their hashes: a
 * node that was altered or left out is then simply not found under the hash its parent names.
 */
final class ProofVerifier {
  private ProofVerifier() {}

  static Optional<Bytes> verify(Hash root, byte[] key, List<Bytes> proof) {
    if (root.equals(MerklePatriciaTrie.EMPTY_TRIE_ROOT)) {
      return Optional.empty();
    }
    Map<Hash, Bytes> byHash = new HashMap<>();
    for (Bytes node : proof) {
      byHash.put(Keccak.hash(node), node);
    }
    NodeLookup lookup = new NodeLookup(new NodeResolver(hash -> Optional.ofNullable(byHash.get(hash))));
    try {
      return lookup.get(new HashNode(root), key);
    } catch (MissingTrieNodeException e) {
      throw new InvalidProofException("proof lacks node " + e.hash() + " on the key's path", e);
    } catch (MalformedTrieNodeException e) {
      throw new InvalidProofException("proof contains a malformed node: " + e.getMessage(), e);
    }
  }
}
