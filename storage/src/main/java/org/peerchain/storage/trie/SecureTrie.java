package org.peerchain.storage.trie;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;

/**
 * The trie Ethereum uses for state and contract storage: every key is replaced by its keccak256,
 * which keeps paths short and balanced whatever keys an attacker chooses.
 */
public final class SecureTrie implements Trie {
  private final MerklePatriciaTrie trie;

  private SecureTrie(MerklePatriciaTrie trie) {
    this.trie = trie;
  }

  public SecureTrie(TrieNodeLoader loader) {
    this(new MerklePatriciaTrie(loader));
  }

  public SecureTrie(TrieNodeLoader loader, Hash rootHash) {
    this(new MerklePatriciaTrie(loader, rootHash));
  }

  public static SecureTrie inMemory() {
    return new SecureTrie(MerklePatriciaTrie.inMemory());
  }

  public SecureTrie snapshot() {
    return new SecureTrie(trie.snapshot());
  }

  /** See {@link MerklePatriciaTrie#observeReplacedNodes}. */
  public void observeReplacedNodes(Consumer<Hash> observer) {
    trie.observeReplacedNodes(observer);
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    return trie.get(hashed(key));
  }

  @Override
  public void put(Bytes key, Bytes value) {
    trie.put(hashed(key), value);
  }

  @Override
  public void delete(Bytes key) {
    trie.delete(hashed(key));
  }

  /** The key the trie stores {@code key} under: its keccak256. */
  public static Bytes hashKey(Bytes key) {
    return hashed(key);
  }

  /** {@link #get} for a key already hashed with {@link #hashKey}: a caller with many keys hashes each once. */
  public Optional<Bytes> getHashed(Bytes hashedKey) {
    return trie.get(hashedKey);
  }

  /** {@link #put} for a key already hashed with {@link #hashKey}. */
  public void putHashed(Bytes hashedKey, Bytes value) {
    trie.put(hashedKey, value);
  }

  /** {@link #delete} for a key already hashed with {@link #hashKey}. */
  public void deleteHashed(Bytes hashedKey) {
    trie.delete(hashedKey);
  }

  @Override
  public Hash rootHash() {
    return trie.rootHash();
  }

  @Override
  public Hash commit(TrieNodeSink sink) {
    return trie.commit(sink);
  }

  @Override
  public List<Bytes> proof(Bytes key) {
    return trie.proof(hashed(key));
  }

  /** Verifies a proof from {@link #proof}; {@code key} is the unhashed key. */
  public static Optional<Bytes> verify(Hash root, Bytes key, List<Bytes> proof) {
    return MerklePatriciaTrie.verify(root, hashed(key), proof);
  }

  private static Bytes hashed(Bytes key) {
    return Keccak.hash(key).bytes();
  }
}
