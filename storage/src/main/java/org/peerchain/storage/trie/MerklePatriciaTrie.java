package org.peerchain.storage.trie;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * Ethereum's hexary Merkle Patricia Trie over raw keys (transactions and receipts roots); see
 * {@link SecureTrie} for the state and storage tries. Nodes not in memory are loaded on demand.
 */
public final class MerklePatriciaTrie implements Trie {
  /** keccak256(rlp("")): the root of the empty trie. */
  public static final Hash EMPTY_TRIE_ROOT =
      Hash.fromHexString("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");

  // Below this many updates since the last hashing, forking tasks costs more than it saves.
  private static final int PARALLEL_HASHING_MIN_UPDATES = 2048;

  private static final Bytes EMPTY_NODE = Bytes.of(0x80);

  private final NodeResolver resolver;
  private final NodeUpdater updater;
  private final NodeLookup lookup;
  private Node root;
  private int updatesSinceHashing;
  private Consumer<Hash> replacedObserver = hash -> {};

  private MerklePatriciaTrie(NodeResolver resolver, Node root) {
    this.resolver = resolver;
    this.updater = new NodeUpdater(resolver, this::replaced);
    this.lookup = new NodeLookup(resolver);
    this.root = root;
  }

  /** An empty trie; what it later commits to the loader's store is loaded back from there. */
  public MerklePatriciaTrie(TrieNodeLoader loader) {
    this(new NodeResolver(loader), null);
  }

  /** The trie at {@code rootHash}; the root node is loaded on first use. */
  public MerklePatriciaTrie(TrieNodeLoader loader, Hash rootHash) {
    this(new NodeResolver(loader), rootHash.equals(EMPTY_TRIE_ROOT) ? null : new HashNode(rootHash));
  }

  /** An empty trie that lives in memory only. */
  public static MerklePatriciaTrie inMemory() {
    return new MerklePatriciaTrie(TrieNodeLoader.NONE);
  }

  /** An independent handle on the current contents, in O(1): nodes are immutable and shared. */
  public MerklePatriciaTrie snapshot() {
    MerklePatriciaTrie copy = new MerklePatriciaTrie(resolver, root);
    copy.updatesSinceHashing = updatesSinceHashing;
    return copy;
  }

  /**
   * From now on, reports the hash of every stored node (loaded from the store or committed) that an
   * update removes from this trie, once per removal; nodes created and dropped between two commits
   * were never stored and are not reported. With the hashes a commit emits, this is what reference
   * counting needs to prune old versions. Snapshots do not inherit the observer.
   */
  public void observeReplacedNodes(Consumer<Hash> observer) {
    this.replacedObserver = observer;
  }

  private void replaced(Node node) {
    // A clean node with a hash has its own row: it was committed or loaded (a short root included).
    if (!node.dirty && node.hash != null) {
      replacedObserver.accept(node.hash);
    }
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    return lookup.get(root, Nibbles.of(key));
  }

  @Override
  public void put(Bytes key, Bytes value) {
    if (value.isEmpty()) {
      delete(key);
      return;
    }
    root = updater.put(root, Nibbles.of(key), 0, value);
    updatesSinceHashing++;
  }

  @Override
  public void delete(Bytes key) {
    root = updater.delete(root, Nibbles.of(key), 0);
    updatesSinceHashing++;
  }

  /**
   * Visits the leaves with keys at or above {@code start} in ascending key order until the visitor
   * returns false; subtrees wholly below {@code start} are not loaded.
   */
  public void visitFrom(Bytes start, LeafVisitor visitor) {
    LeafWalker.walk(resolver, root, Nibbles.of(start), visitor);
  }

  @Override
  public Hash rootHash() {
    Hash hash = NodeHasher.rootHash(root, updatesSinceHashing >= PARALLEL_HASHING_MIN_UPDATES);
    updatesSinceHashing = 0;
    return hash;
  }

  @Override
  public Hash commit(TrieNodeSink sink) {
    Hash hash = rootHash();
    NodeCommitter.commit(root, sink);
    return hash;
  }

  @Override
  public List<Bytes> proof(Bytes key) {
    if (root == null) {
      return List.of(EMPTY_NODE);
    }
    rootHash();
    return lookup.proof(root, Nibbles.of(key));
  }

  /**
   * Checks a proof made by {@link #proof}: the value under {@code key}, or empty if the proof shows
   * the key is absent.
   *
   * @throws InvalidProofException if the proof does not lead from {@code root} to an answer
   */
  public static Optional<Bytes> verify(Hash root, Bytes key, List<Bytes> proof) {
    return ProofVerifier.verify(root, Nibbles.of(key), proof);
  }
}
