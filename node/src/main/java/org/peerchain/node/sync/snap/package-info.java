/**
 * Snapshot sync: a fresh node picks a recent certified height offered by several peers, fetches
 * that height's state as account ranges from all of them at once, checks each range's Merkle proof
 * against the certified state root on arrival, persists its progress, and finally builds the trie
 * and starts the chain at that height, from where block sync takes over.
 */
package org.peerchain.node.sync.snap;
