package org.peerchain.core.keys;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.peerchain.core.keys.KeystoreException.Reason;

/**
 * Runs a keystore KDF after checking its parameters against limits. A keystore file sets its own
 * cost, so without limits a hostile file (n=2^30) would make us allocate 128 GiB or spin for hours
 * before the MAC could tell us anything.
 *
 * <p>The limits admit every default of geth, web3j, ethers and MyCrypto: scrypt memory
 * (128·n·r bytes) up to 256 MiB, which is exactly geth's "standard" n=2^18, r=8, and n up to 2^20;
 * total scrypt work n·r·p up to 2^24 (8 times geth's standard, some ten seconds); pbkdf2 up to 2^22
 * rounds (16 times the usual 2^18).
 */
public final class Kdf {
  public static final int MAX_SCRYPT_N = 1 << 20;
  public static final long MAX_SCRYPT_MEMORY_BYTES = 256L << 20;
  public static final long MAX_SCRYPT_WORK = 1L << 24;
  public static final int MAX_PBKDF2_ROUNDS = 1 << 22;
  /** The cipher takes bytes 0..16 and the MAC bytes 16..32 of the derived key. */
  public static final int MIN_DKLEN = 32;
  public static final int MAX_DKLEN = 64;
  public static final int MAX_SALT_BYTES = 1024;

  private Kdf() {}

  /** Throws {@link KeystoreException} with reason LIMIT_EXCEEDED or MALFORMED if out of bounds. */
  public static void checkLimits(KdfParams params) {
    String at = "crypto.kdfparams.";
    if (params.dklen() < MIN_DKLEN || params.dklen() > MAX_DKLEN) {
      throw KeystoreException.malformed(at + "dklen", "must be between " + MIN_DKLEN + " and " + MAX_DKLEN);
    }
    if (params.salt().size() > MAX_SALT_BYTES) {
      throw limit(at + "salt", "is longer than " + MAX_SALT_BYTES + " bytes");
    }
    if (params instanceof ScryptParams s) {
      if (s.n() < 2 || Integer.bitCount(s.n()) != 1) {
        throw KeystoreException.malformed(at + "n", "must be a power of two greater than 1");
      }
      if (s.r() < 1 || s.p() < 1) {
        throw KeystoreException.malformed(at + (s.r() < 1 ? "r" : "p"), "must be at least 1");
      }
      if (s.n() > MAX_SCRYPT_N) {
        throw limit(at + "n", "is above the limit 2^20");
      }
      if (128L * s.n() * s.r() > MAX_SCRYPT_MEMORY_BYTES) {
        throw limit(at + "r", "with n needs more than 256 MiB of memory (128·n·r)");
      }
      if ((long) s.n() * s.r() * s.p() > MAX_SCRYPT_WORK) {
        throw limit(at + "p", "with n and r is more work than the limit n·r·p ≤ 2^24");
      }
    } else if (params instanceof Pbkdf2Params p) {
      if (p.c() < 1) {
        throw KeystoreException.malformed(at + "c", "must be at least 1");
      }
      if (p.c() > MAX_PBKDF2_ROUNDS) {
        throw limit(at + "c", "is above the limit 2^22 rounds");
      }
    }
  }

  /** The derived key, dklen bytes. The caller should clear it after use. */
  public static byte[] derive(KdfParams params, byte[] password) {
    checkLimits(params);
    byte[] salt = params.salt().toArray();
    if (params instanceof ScryptParams s) {
      return Scrypt.generate(password, salt, s.n(), s.r(), s.p(), s.dklen());
    }
    Pbkdf2Params p = (Pbkdf2Params) params;
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
    generator.init(password, salt, p.c());
    return ((KeyParameter) generator.generateDerivedParameters(p.dklen() * 8)).getKey();
  }

  private static KeystoreException limit(String field, String problem) {
    return new KeystoreException(Reason.LIMIT_EXCEEDED, "keystore field \"" + field + "\" " + problem
        + "; refusing to run a KDF this expensive");
  }
}
