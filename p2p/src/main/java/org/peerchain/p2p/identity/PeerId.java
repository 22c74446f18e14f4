package org.peerchain.p2p.identity;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;
import org.peerchain.core.crypto.PublicKey;

/**
 * A node's identity: its secp256k1 node public key. The text form is the 64-byte uncompressed key
 * (x‖y, without the 0x04 tag) as 128 lower-case hex digits, as enode addresses write it.
 * Ordering is unsigned lexicographic over those bytes; the duplicate-connection rule relies on it.
 */
public final class PeerId implements Comparable<PeerId> {
  public static final int SIZE = 64;

  private final PublicKey key;

  private PeerId(PublicKey key) {
    this.key = key;
  }

  public static PeerId of(PublicKey key) {
    return new PeerId(Objects.requireNonNull(key, "key"));
  }

  /** 128 hex digits, with or without 0x; anything else is refused with the reason. */
  public static PeerId fromHex(String hex) {
    byte[] raw;
    try {
      raw = Hex.decode(hex);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("node id is not hex: " + e.getMessage());
    }
    if (raw.length != SIZE) {
      throw new IllegalArgumentException("a node id is " + SIZE + " bytes (128 hex digits), got " + raw.length);
    }
    return new PeerId(PublicKey.fromBytes(Bytes.wrap(raw)));
  }

  public PublicKey publicKey() {
    return key;
  }

  public Bytes bytes() {
    return key.bytes();
  }

  /** 128 hex digits, no 0x prefix. */
  public String toHex() {
    return key.bytes().toHexString().substring(2);
  }

  /** The first 8 hex digits, for logs. */
  public String shortId() {
    return toHex().substring(0, 8);
  }

  @Override
  public int compareTo(PeerId o) {
    return key.bytes().compareTo(o.key.bytes());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerId p && p.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return toHex();
  }
}
