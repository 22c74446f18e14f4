package org.peerchain.storage.chain;

import static org.peerchain.storage.schema.Schema.TRIE_NODES;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.trie.MerklePatriciaTrie;
import org.peerchain.storage.trie.SecureTrie;
import org.peerchain.storage.trie.TrieNodeLoader;

/**
 * A stand-in world state until the real one arrives: a secure trie over the TRIE_NODES column,
 * so state roots are real and "is the state there" means "does the root node load".
 */
final class TrieState {
  static final Bytes HEIGHT_KEY = key("height");

  private final KvReader kv;

  TrieState(KvReader kv) {
    this.kv = kv;
  }

  static Bytes key(String name) {
    return Bytes.wrap(name.getBytes(StandardCharsets.UTF_8));
  }

  TrieNodeLoader loader() {
    return hash -> kv.get(TRIE_NODES, hash);
  }

  boolean isAvailable(Hash root) {
    return root.equals(MerklePatriciaTrie.EMPTY_TRIE_ROOT) || kv.contains(TRIE_NODES, root);
  }

  Optional<Bytes> read(Hash root, Bytes key) {
    return new SecureTrie(loader(), root).get(key);
  }

  /** The state after applying {@code changes} to the state at {@code root}, ready to be committed. */
  StateCommit apply(Hash root, Map<Bytes, Bytes> changes) {
    return apply(loader(), root, changes);
  }

  static StateCommit apply(TrieNodeLoader loader, Hash root, Map<Bytes, Bytes> changes) {
    SecureTrie trie = new SecureTrie(loader, root);
    changes.forEach(trie::put);
    Map<Hash, Bytes> nodes = new LinkedHashMap<>();
    Hash newRoot = trie.commit(nodes::put);
    return new Commit(newRoot, nodes);
  }

  private record Commit(Hash stateRoot, Map<Hash, Bytes> nodes) implements StateCommit {
    @Override
    public void writeTo(WriteBatch batch) {
      nodes.forEach((hash, node) -> batch.put(TRIE_NODES, hash, node));
    }
  }
}
