/**
 * Snap sync's storage side: reading account ranges of a stored state root with their Merkle range
 * proofs (serving), verifying such ranges against a certified root (client), and building the
 * synced state trie from verified ranges in a fresh store. Nothing here talks to peers.
 */
package org.peerchain.storage.snap;
