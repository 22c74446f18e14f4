package org.peerchain.storage.state;

import java.util.List;
import java.util.function.Function;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.MerklePatriciaTrie;
import org.peerchain.storage.trie.MissingTrieNodeException;
import org.peerchain.storage.trie.SecureTrie;
import org.peerchain.storage.trie.TrieNodeLoader;

/**
 * Reads accounts at any stored state root by walking the state trie in the store. Thread-safe:
 * every read opens its own trie handle.
 */
public final class StateReader {
  private final KvReader store;
  private final TrieNodeLoader loader;
  private final LazyPaths lazy;

  public StateReader(KvReader store) {
    this(store, null);
  }

  StateReader(KvReader store, LazyPaths lazy) {
    this.store = store;
    this.lazy = lazy;
    this.loader = hash -> store.get(Schema.TRIE_NODES, hash);
  }

  /** Whether the state at {@code root} can be read; a pruned or foreign root is not. */
  public boolean isAvailable(Hash root) {
    return root.equals(MerklePatriciaTrie.EMPTY_TRIE_ROOT) || store.contains(Schema.TRIE_NODES, root);
  }

  /**
   * The account at {@code address} in the state at {@code root}; {@link Account#EMPTY} if absent.
   *
   * @throws StateUnavailableException if that state is not stored
   */
  public Account account(Address address, Hash root) {
    return read(root, address, trie -> trie.get(address.bytes()).map(AccountCodec::decode).orElse(Account.EMPTY));
  }

  /**
   * The eth_getProof account proof: the trie nodes from {@code root} to the account's leaf (or to
   * where its absence shows). Check with {@link SecureTrie#verify}.
   */
  public List<Bytes> proof(Address address, Hash root) {
    return read(root, address, trie -> trie.proof(address.bytes()));
  }

  private <T> T read(Hash root, Address address, Function<SecureTrie, T> reading) {
    if (!isAvailable(root)) {
      throw new StateUnavailableException(root, null);
    }
    try {
      if (lazy != null) {
        return lazy.read(address, () -> reading.apply(new SecureTrie(loader, root)));
      }
      return reading.apply(new SecureTrie(loader, root));
    } catch (MissingTrieNodeException e) {
      // Pruning removed part of this state while we walked it.
      throw new StateUnavailableException(root, e);
    }
  }
}
