/**
 * Ethereum transactions (legacy with EIP-155, EIP-2930, EIP-1559): the signed and unsigned forms, their strict
 * codecs, signing, intrinsic gas and the stateless checks. Everything here needs only the transaction and the
 * chain id; the rules that need an account or a block are in {@code consensus.ledger}.
 */
package org.peerchain.core.tx;
