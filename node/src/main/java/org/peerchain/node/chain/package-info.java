/**
 * The local chain: the head, committing an executed block with its certificate in one batch, the
 * cache of executed-but-uncommitted blocks, and the signer's state kept in the chain store.
 */
package org.peerchain.node.chain;
