/**
 * Ledger rules as pure functions: transaction validity against an account and a block
 * ({@link org.peerchain.consensus.ledger.TransactionRules}), the EIP-1559 fee market
 * ({@link org.peerchain.consensus.ledger.BaseFeeCalculator}, {@link org.peerchain.consensus.ledger.GasFees})
 * and the state change of a value transfer ({@link org.peerchain.consensus.ledger.TransferEffect}).
 * Nothing here reads storage: callers pass the accounts in and write the results back.
 */
package org.peerchain.consensus.ledger;
