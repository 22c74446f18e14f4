package org.peerchain.storage.snap;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.MerklePatriciaTrie;

/** State tries stored from a model map of hashed keys to leaves. */
final class SnapStates {
  static final Hash ZERO = Hash.ZERO;
  static final Hash MAX = Hash.fromHexString("0x" + "ff".repeat(32));

  private SnapStates() {}

  static KeyValueStore newStore() {
    return InMemoryKeyValueStore.create(Schema.ALL);
  }

  /** Stores the trie of {@code model} in {@code store}; returns its root. */
  static Hash store(KeyValueStore store, Map<Hash, Bytes> model) {
    MerklePatriciaTrie trie = new MerklePatriciaTrie(hash -> store.get(Schema.TRIE_NODES, hash));
    model.forEach((key, value) -> trie.put(key.bytes(), value));
    try (WriteBatch batch = store.newBatch()) {
      Hash root = trie.commit((hash, node) -> batch.put(Schema.TRIE_NODES, hash, node));
      batch.commit();
      return root;
    }
  }

  static Hash rootOf(Map<Hash, Bytes> model) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    model.forEach((key, value) -> trie.put(key.bytes(), value));
    return trie.rootHash();
  }

  /** The model's entries in [from, to]. */
  static NavigableMap<Hash, Bytes> between(NavigableMap<Hash, Bytes> model, Hash from, Hash to) {
    return from.compareTo(to) > 0 ? new TreeMap<>() : model.subMap(from, true, to, true);
  }

  /** The key after {@code key}, or null after the last key. */
  static Hash next(Hash key) {
    byte[] bytes = key.toArray();
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (++bytes[i] != 0) {
        return Hash.wrap(bytes);
      }
    }
    return null;
  }

  static Hash previous(Hash key) {
    byte[] bytes = key.toArray();
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i]-- != 0) {
        return Hash.wrap(bytes);
      }
    }
    return null;
  }
}
