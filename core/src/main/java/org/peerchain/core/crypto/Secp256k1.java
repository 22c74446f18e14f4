package org.peerchain.core.crypto;

import java.util.Optional;
import org.peerchain.core.types.Hash;

/**
 * secp256k1 ECDSA as Ethereum uses it. Implementations must agree bit for bit: signing is
 * deterministic (RFC 6979) and always yields low s.
 */
public interface Secp256k1 {

  /**
   * The implementation the process uses: native libsecp256k1 where it loads, else BouncyCastle.
   * {@code -Dpeerchain.secp256k1=native|bouncycastle} forces one.
   */
  static Secp256k1 get() {
    return Secp256k1Selector.selected();
  }

  /** A short name for logs: "native libsecp256k1" or "BouncyCastle". */
  String name();

  PublicKey publicKey(PrivateKey key);

  /** RFC 6979 deterministic signature over a 32-byte message hash, normalized to low s. */
  Signature sign(Hash messageHash, PrivateKey key);

  /**
   * The public key that produced {@code signature} over {@code messageHash}, or empty when no key
   * does (for example r is not the x of a curve point). Accepts high s: rejecting it is the
   * caller's protocol rule.
   */
  Optional<PublicKey> recover(Hash messageHash, Signature signature);

  default KeyPair keyPair(PrivateKey key) {
    return new KeyPair(key, publicKey(key));
  }
}
