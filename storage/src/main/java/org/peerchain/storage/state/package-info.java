/**
 * The world state: accounts in Ethereum's secure state trie over the key-value store, read at head through a
 * flat account index and at older roots through the trie, updated one block at a time, with old tries pruned
 * by reference counts. An update ends in a {@link org.peerchain.storage.state.StateCommit} rather than a write,
 * so the chain store can put it into the same batch as its block.
 */
package org.peerchain.storage.state;
