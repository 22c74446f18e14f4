/**
 * The value types of the ledger: {@link org.peerchain.core.types.Hash}, {@link org.peerchain.core.types.Address}
 * and {@link org.peerchain.core.types.UInt256}. They depend on nothing in peerchain but {@code core.bytes}, so
 * every other package can use them; that is why an address computes the Keccak digest of its EIP-55 form
 * itself instead of calling {@code core.crypto}.
 */
package org.peerchain.core.types;
