package org.peerchain.core.crypto;

import java.math.BigInteger;
import org.peerchain.core.bytes.Bytes;

/**
 * A recoverable ECDSA signature. The constructor enforces only what makes a signature
 * well-formed (1 <= r, s < n, recovery id 0 or 1); whether high s is acceptable is a protocol
 * rule, checked by {@link #isLowS()} where the protocol says so.
 */
public record Signature(BigInteger r, BigInteger s, int recoveryId) {
  public Signature {
    if (r.signum() <= 0 || r.compareTo(Curve.N) >= 0) {
      throw new IllegalArgumentException("signature r is out of range [1, n-1]");
    }
    if (s.signum() <= 0 || s.compareTo(Curve.N) >= 0) {
      throw new IllegalArgumentException("signature s is out of range [1, n-1]");
    }
    if (recoveryId != 0 && recoveryId != 1) {
      throw new IllegalArgumentException("signature recovery id must be 0 or 1, got " + recoveryId);
    }
  }

  public boolean isLowS() {
    return s.compareTo(Curve.HALF_N) <= 0;
  }

  /** r‖s, 32 bytes each, big-endian. */
  public byte[] toCompact() {
    byte[] out = new byte[64];
    put(r, out, 0);
    put(s, out, 32);
    return out;
  }

  /** r‖s‖v with v = recovery id, the 65-byte form many tools print. */
  public Bytes toBytes65() {
    byte[] out = new byte[65];
    put(r, out, 0);
    put(s, out, 32);
    out[64] = (byte) recoveryId;
    return Bytes.wrap(out);
  }

  private static void put(BigInteger v, byte[] out, int at) {
    byte[] raw = v.toByteArray();
    int len = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - len, out, at + 32 - len, len);
  }
}
