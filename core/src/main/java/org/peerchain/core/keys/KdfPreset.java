package org.peerchain.core.keys;

import org.peerchain.core.bytes.Bytes;

/** The key-derivation settings offered when writing a keystore. */
public enum KdfPreset {
  /** scrypt n=2^18, r=8, p=1: what {@code keys new} writes, as geth does. */
  SCRYPT_STANDARD,
  /** scrypt n=2^12, r=8, p=6: fast, for tests and throw-away dev keys. */
  SCRYPT_LIGHT,
  /** pbkdf2 hmac-sha256, c=2^18: for tools that cannot do scrypt. */
  PBKDF2;

  public KdfParams params(Bytes salt) {
    return switch (this) {
      case SCRYPT_STANDARD -> ScryptParams.standard(salt);
      case SCRYPT_LIGHT -> ScryptParams.light(salt);
      case PBKDF2 -> Pbkdf2Params.standard(salt);
    };
  }
}
