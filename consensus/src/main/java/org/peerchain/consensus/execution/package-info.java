/**
 * Blocks as the ledger sees them: block 0 from the genesis
 * ({@link org.peerchain.consensus.execution.GenesisBlock}), the validity rules of a block against
 * its parent ({@link org.peerchain.consensus.execution.HeaderRules}), executing a received block
 * ({@link org.peerchain.consensus.execution.BlockExecutor}) and building one as the proposer
 * ({@link org.peerchain.consensus.execution.BlockBuilder}). Both of the latter apply transactions
 * through one path, so a built block re-executes to the same roots. Nothing here writes: results
 * carry the state commit that the node puts into the chain store's batch.
 */
package org.peerchain.consensus.execution;
