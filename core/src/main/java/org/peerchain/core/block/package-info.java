/**
 * Block headers, bodies, receipts and commit certificates, with their RLP codecs in Ethereum's London forms,
 * so block hashes and roots are the ones wallets compute. Only shapes are checked here: whether a block is
 * valid against its parent, and a certificate against the validator set, is {@code consensus}'s job.
 */
package org.peerchain.core.block;
