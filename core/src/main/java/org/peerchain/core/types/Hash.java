package org.peerchain.core.types;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;

/** A 32-byte digest: block, transaction and state-trie hashes. */
public final class Hash implements Comparable<Hash> {
  public static final int SIZE = 32;
  public static final Hash ZERO = new Hash(Bytes.wrap(new byte[SIZE]));

  private final Bytes bytes;

  private Hash(Bytes bytes) {
    this.bytes = bytes;
  }

  public static Hash wrap(Bytes bytes) {
    if (bytes.size() != SIZE) {
      throw new IllegalArgumentException("a hash is 32 bytes, got " + bytes.size());
    }
    return new Hash(bytes);
  }

  /** Takes ownership of {@code bytes}. */
  public static Hash wrap(byte[] bytes) {
    return wrap(Bytes.wrap(bytes));
  }

  public static Hash fromHexString(String hex) {
    byte[] raw = Hex.decode(hex);
    if (raw.length != SIZE) {
      throw new IllegalArgumentException(
          "a hash is 32 bytes (64 hex digits), got " + raw.length + " bytes: " + hex);
    }
    return wrap(raw);
  }

  public Bytes bytes() {
    return bytes;
  }

  public byte[] toArray() {
    return bytes.toArray();
  }

  public String toHexString() {
    return bytes.toHexString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash h && h.bytes.equals(bytes);
  }

  @Override
  public int hashCode() {
    return bytes.hashCode();
  }

  @Override
  public int compareTo(Hash o) {
    return bytes.compareTo(o.bytes);
  }

  @Override
  public String toString() {
    return toHexString();
  }
}
