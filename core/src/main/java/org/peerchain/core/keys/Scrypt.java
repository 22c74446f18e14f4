package org.peerchain.core.keys;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * scrypt as geth computes it. BouncyCastle's {@link SCrypt} is used wherever it agrees to run; it
 * enforces RFC 7914's N < 2^(16·r), which refuses r=1 with N ≥ 2^16, a choice geth accepts and
 * that real files use (ethereum/tests KeyStoreTests "test2": n=2^18, r=1, p=8). For that case
 * alone we run the RFC 7914 algorithm below, which tests check against BouncyCastle.
 */
final class Scrypt {
  private Scrypt() {}

  static byte[] generate(byte[] password, byte[] salt, int n, int r, int p, int dklen) {
    if (r == 1 && n >= (1 << 16)) {
      return rfc7914(password, salt, n, r, p, dklen);
    }
    return SCrypt.generate(password, salt, n, r, p, dklen);
  }

  /** RFC 7914 section 6; {@code n} a power of two, parameters already within {@link Kdf}'s limits. */
  static byte[] rfc7914(byte[] password, byte[] salt, int n, int r, int p, int dklen) {
    int blockInts = 32 * r;
    byte[] b = pbkdf2Sha256(password, salt, p * 128 * r);
    int[] x = new int[blockInts];
    int[] y = new int[blockInts];
    int[] v = new int[blockInts * n];
    for (int i = 0; i < p; i++) {
      int offset = i * 128 * r;
      for (int k = 0; k < blockInts; k++) {
        x[k] = littleEndian(b, offset + 4 * k);
      }
      roMix(x, y, v, n, r);
      for (int k = 0; k < blockInts; k++) {
        putLittleEndian(x[k], b, offset + 4 * k);
      }
    }
    return pbkdf2Sha256(password, b, dklen);
  }

  private static void roMix(int[] x, int[] y, int[] v, int n, int r) {
    int blockInts = 32 * r;
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, 0, v, i * blockInts, blockInts);
      blockMix(x, y, r);
    }
    for (int i = 0; i < n; i++) {
      // Integerify: the first word of the last 64-byte sub-block; n is a power of two.
      int j = x[(2 * r - 1) * 16] & (n - 1);
      int base = j * blockInts;
      for (int k = 0; k < blockInts; k++) {
        x[k] ^= v[base + k];
      }
      blockMix(x, y, r);
    }
  }

  /** BlockMix with Salsa20/8: B is 2r 16-word blocks; the output puts even blocks before odd ones. */
  private static void blockMix(int[] b, int[] y, int r) {
    int[] t = new int[16];
    System.arraycopy(b, (2 * r - 1) * 16, t, 0, 16);
    for (int i = 0; i < 2 * r; i++) {
      for (int k = 0; k < 16; k++) {
        t[k] ^= b[i * 16 + k];
      }
      salsa208(t);
      int to = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
      System.arraycopy(t, 0, y, to, 16);
    }
    System.arraycopy(y, 0, b, 0, 32 * r);
  }

  private static void salsa208(int[] b) {
    int x0 = b[0], x1 = b[1], x2 = b[2], x3 = b[3], x4 = b[4], x5 = b[5], x6 = b[6], x7 = b[7];
    int x8 = b[8], x9 = b[9], x10 = b[10], x11 = b[11], x12 = b[12], x13 = b[13], x14 = b[14], x15 = b[15];
    for (int i = 0; i < 8; i += 2) {
      x4 ^= Integer.rotateLeft(x0 + x12, 7);
      x8 ^= Integer.rotateLeft(x4 + x0, 9);
      x12 ^= Integer.rotateLeft(x8 + x4, 13);
      x0 ^= Integer.rotateLeft(x12 + x8, 18);
      x9 ^= Integer.rotateLeft(x5 + x1, 7);
      x13 ^= Integer.rotateLeft(x9 + x5, 9);
      x1 ^= Integer.rotateLeft(x13 + x9, 13);
      x5 ^= Integer.rotateLeft(x1 + x13, 18);
      x14 ^= Integer.rotateLeft(x10 + x6, 7);
      x2 ^= Integer.rotateLeft(x14 + x10, 9);
      x6 ^= Integer.rotateLeft(x2 + x14, 13);
      x10 ^= Integer.rotateLeft(x6 + x2, 18);
      x3 ^= Integer.rotateLeft(x15 + x11, 7);
      x7 ^= Integer.rotateLeft(x3 + x15, 9);
      x11 ^= Integer.rotateLeft(x7 + x3, 13);
      x15 ^= Integer.rotateLeft(x11 + x7, 18);
      x1 ^= Integer.rotateLeft(x0 + x3, 7);
      x2 ^= Integer.rotateLeft(x1 + x0, 9);
      x3 ^= Integer.rotateLeft(x2 + x1, 13);
      x0 ^= Integer.rotateLeft(x3 + x2, 18);
      x6 ^= Integer.rotateLeft(x5 + x4, 7);
      x7 ^= Integer.rotateLeft(x6 + x5, 9);
      x4 ^= Integer.rotateLeft(x7 + x6, 13);
      x5 ^= Integer.rotateLeft(x4 + x7, 18);
      x11 ^= Integer.rotateLeft(x10 + x9, 7);
      x8 ^= Integer.rotateLeft(x11 + x10, 9);
      x9 ^= Integer.rotateLeft(x8 + x11, 13);
      x10 ^= Integer.rotateLeft(x9 + x8, 18);
      x12 ^= Integer.rotateLeft(x15 + x14, 7);
      x13 ^= Integer.rotateLeft(x12 + x15, 9);
      x14 ^= Integer.rotateLeft(x13 + x12, 13);
      x15 ^= Integer.rotateLeft(x14 + x13, 18);
    }
    b[0] += x0; b[1] += x1; b[2] += x2; b[3] += x3; b[4] += x4; b[5] += x5; b[6] += x6; b[7] += x7;
    b[8] += x8; b[9] += x9; b[10] += x10; b[11] += x11; b[12] += x12; b[13] += x13; b[14] += x14; b[15] += x15;
  }

  private static byte[] pbkdf2Sha256(byte[] password, byte[] salt, int length) {
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
    generator.init(password, salt, 1);
    return ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
  }

  private static int littleEndian(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
  }

  private static void putLittleEndian(int value, byte[] b, int at) {
    b[at] = (byte) value;
    b[at + 1] = (byte) (value >>> 8);
    b[at + 2] = (byte) (value >>> 16);
    b[at + 3] = (byte) (value >>> 24);
  }
}
