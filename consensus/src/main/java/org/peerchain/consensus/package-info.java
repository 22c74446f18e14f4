/**
 * peerchain consensus: {@code ledger} holds the rules for one transaction, {@code execution} validates,
 * executes and builds whole blocks with them, and {@code bft} is the engine by which validators agree on the
 * next block. None of it writes to the store: the node commits the blocks and state they produce, and keeps
 * the signer's record by implementing {@link org.peerchain.consensus.bft.signer.SignerStateStore}.
 */
package org.peerchain.consensus;
