/**
 * Keccak-256 and secp256k1: keys, signing and public-key recovery, with native libsecp256k1 chosen once per
 * process and a pure-Java fallback that agrees with it bit for bit. It builds on the value types (a key
 * derives its {@link org.peerchain.core.types.Address}, a digest is a {@link org.peerchain.core.types.Hash}),
 * never the other way round.
 */
package org.peerchain.core.crypto;
