/**
 * Strict, canonical RLP: a reader that refuses every non-canonical encoding with an
 * {@link org.peerchain.core.rlp.RlpException} and a writer that emits only canonical ones. One implementation
 * under every codec (transactions, blocks, trie nodes, consensus and p2p messages), so the canonical-form
 * rules cannot differ between them.
 */
package org.peerchain.core.rlp;
