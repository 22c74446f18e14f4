/**
 * Ethereum's hexary Merkle Patricia Trie: the state, storage, transactions and receipts roots.
 *
 * <p>Nodes are immutable (updates copy the path from the root to the changed leaf), so a trie at an
 * old root stays readable while a new one is built and {@link
 * org.peerchain.storage.trie.MerklePatriciaTrie#snapshot()} is O(1). Nodes that are not in memory
 * are loaded on demand through a {@link org.peerchain.storage.trie.TrieNodeLoader}; new nodes leave
 * through a {@link org.peerchain.storage.trie.TrieNodeSink} on commit. The key-value store is not
 * known here: {@code storage.state} adapts it to these two interfaces.
 */
package org.peerchain.storage.trie;
