package org.peerchain.core.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;

/** A secp256k1 secret scalar 1 <= k < n. Never printed: {@link #toString()} hides it. */
public final class PrivateKey {
  private final byte[] scalar;

  private PrivateKey(byte[] scalar) {
    this.scalar = scalar;
  }

  public static PrivateKey fromBytes(Bytes bytes) {
    if (bytes.size() != 32) {
      throw new IllegalArgumentException("a private key is 32 bytes, got " + bytes.size());
    }
    BigInteger k = bytes.toUnsignedBigInteger();
    if (k.signum() == 0 || k.compareTo(Curve.N) >= 0) {
      throw new IllegalArgumentException("private key is out of range: it must be in [1, n-1] of secp256k1");
    }
    return new PrivateKey(bytes.toArray());
  }

  public static PrivateKey fromHexString(String hex) {
    byte[] raw;
    try {
      raw = Hex.decode(hex.strip());
    } catch (IllegalArgumentException e) {
      // The message of Hex would echo the secret; say only what is wrong.
      throw new IllegalArgumentException("private key is not valid hex");
    }
    return fromBytes(Bytes.wrap(raw));
  }

  public static PrivateKey fromBigInteger(BigInteger k) {
    if (k.signum() <= 0 || k.compareTo(Curve.N) >= 0) {
      throw new IllegalArgumentException("private key is out of range: it must be in [1, n-1] of secp256k1");
    }
    byte[] out = new byte[32];
    byte[] raw = k.toByteArray();
    int len = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - len, out, 32 - len, len);
    return new PrivateKey(out);
  }

  public static PrivateKey random(SecureRandom random) {
    while (true) {
      byte[] candidate = new byte[32];
      random.nextBytes(candidate);
      BigInteger k = new BigInteger(1, candidate);
      if (k.signum() > 0 && k.compareTo(Curve.N) < 0) {
        return new PrivateKey(candidate);
      }
    }
  }

  public Bytes bytes() {
    return Bytes.copyOf(scalar);
  }

  public BigInteger toBigInteger() {
    return new BigInteger(1, scalar);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrivateKey p && java.security.MessageDigest.isEqual(p.scalar, scalar);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(scalar);
  }

  @Override
  public String toString() {
    return "PrivateKey[hidden]";
  }
}
