package org.peerchain.core.crypto;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;

/** A secp256k1 public key as its 64-byte uncompressed x‖y form (without the 0x04 tag). */
public final class PublicKey {
  private final Bytes xy;
  private volatile Address address;

  private PublicKey(Bytes xy) {
    this.xy = xy;
  }

  /**
   * Accepts 64 bytes x‖y, or 65 bytes with the 0x04 tag. The point is not checked to be on the
   * curve here: keys come from our own derivation or recovery, which only yield valid points.
   */
  public static PublicKey fromBytes(Bytes bytes) {
    if (bytes.size() == 65 && bytes.get(0) == 4) {
      return new PublicKey(bytes.slice(1));
    }
    if (bytes.size() != 64) {
      throw new IllegalArgumentException("an uncompressed public key is 64 bytes, got " + bytes.size());
    }
    return new PublicKey(bytes);
  }

  /** x‖y, 64 bytes. */
  public Bytes bytes() {
    return xy;
  }

  /** The 33-byte SEC1 compressed form: 0x02 or 0x03 by the parity of y, then x. */
  public Bytes compressed() {
    byte[] out = new byte[33];
    out[0] = (byte) ((xy.get(63) & 1) == 0 ? 2 : 3);
    xy.slice(0, 32).copyTo(out, 1);
    return Bytes.wrap(out);
  }

  /** The account address of this key: the last 20 bytes of keccak256(x‖y). */
  public Address address() {
    Address a = address;
    if (a == null) {
      a = Address.wrap(Keccak.hash(xy).bytes().slice(12, Address.SIZE));
      address = a;
    }
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKey p && p.xy.equals(xy);
  }

  @Override
  public int hashCode() {
    return xy.hashCode();
  }

  @Override
  public String toString() {
    return xy.toHexString();
  }
}
