/**
 * The chain store: finalized blocks, their certificates and receipts, the canonical and
 * transaction indexes and the head pointer, kept in the columns of
 * {@link org.peerchain.storage.schema.Schema}. {@link org.peerchain.storage.chain.ChainStore#commitBlock}
 * writes a block, its state and the new head in one atomic, synced batch, so after a crash the
 * store holds the previous head or the new one, never parts of both.
 */
package org.peerchain.storage.chain;
