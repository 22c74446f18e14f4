/**
 * The transaction pool: transactions submitted over RPC or gossiped by peers wait here until a
 * block includes them. {@link org.peerchain.node.txpool.TxPool} is the entry point; per sender it
 * keeps a nonce-ordered run of executable ("pending") transactions and the future ones behind a
 * nonce gap ("queued"), with geth's admission rules and error wording. A full pool evicts the
 * lowest-paying transactions, and a queued transaction only ever evicts queued ones.
 */
package org.peerchain.node.txpool;
