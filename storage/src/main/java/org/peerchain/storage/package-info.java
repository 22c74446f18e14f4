/**
 * peerchain storage, in layers: {@code kv} is the key-value mechanism (RocksDB and in-memory), {@code schema}
 * the columns peerchain keeps in it, {@code trie} the Merkle Patricia Trie (which knows no store),
 * {@code state} the accounts in a trie over the store, and {@code chain} the finalized blocks and head. A block
 * and the state it leads to are committed in one batch.
 */
package org.peerchain.storage;
