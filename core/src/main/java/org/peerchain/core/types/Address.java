package org.peerchain.core.types;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;
import org.peerchain.core.crypto.Keccak;

/** A 20-byte account address. {@link #toString()} gives the EIP-55 checksum form. */
public final class Address implements Comparable<Address> {
  public static final int SIZE = 20;
  public static final Address ZERO = new Address(Bytes.wrap(new byte[SIZE]));

  private final Bytes bytes;

  private Address(Bytes bytes) {
    this.bytes = bytes;
  }

  public static Address wrap(Bytes bytes) {
    if (bytes.size() != SIZE) {
      throw new IllegalArgumentException("an address is 20 bytes, got " + bytes.size());
    }
    return new Address(bytes);
  }

  /** The address of a public key: the last 20 bytes of keccak256 of its 64-byte uncompressed form. */
  public static Address fromPublicKey(Bytes uncompressedXy) {
    if (uncompressedXy.size() != 64) {
      throw new IllegalArgumentException("an uncompressed public key is 64 bytes (x, y), got " + uncompressedXy.size());
    }
    return new Address(Keccak.hash(uncompressedXy).bytes().slice(12, SIZE));
  }

  /**
   * Parses a {@code 0x}-prefixed or bare 40-digit hex address. All-lower and all-upper case are
   * taken as they are; mixed case must carry a valid EIP-55 checksum, as wallets require, since a
   * wrong mixed-case address is most likely a typo.
   */
  public static Address fromHexString(String hex) {
    if (hex == null) {
      throw new IllegalArgumentException("address is missing");
    }
    String digits = Hex.hasPrefix(hex) ? hex.substring(2) : hex;
    if (digits.length() != 2 * SIZE) {
      throw new IllegalArgumentException(
          "an address is 40 hex digits, got " + digits.length() + ": " + hex);
    }
    Address address = new Address(Bytes.wrap(Hex.decode(digits)));
    boolean hasLower = !digits.equals(digits.toUpperCase(java.util.Locale.ROOT));
    boolean hasUpper = !digits.equals(digits.toLowerCase(java.util.Locale.ROOT));
    if (hasLower && hasUpper && !address.toChecksumString().substring(2).equals(digits)) {
      throw new IllegalArgumentException("address has an invalid EIP-55 checksum: " + hex);
    }
    return address;
  }

  /** True when {@code hex} is a well-formed address whose mixed case, if any, is a valid checksum. */
  public static boolean isValid(String hex) {
    try {
      fromHexString(hex);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public Bytes bytes() {
    return bytes;
  }

  public byte[] toArray() {
    return bytes.toArray();
  }

  /** Lower-case hex with {@code 0x}, as JSON-RPC returns addresses. */
  public String toHexString() {
    return bytes.toHexString();
  }

  /** EIP-55: a hex digit is upper case where the matching nibble of keccak(lower-case hex) is >= 8. */
  public String toChecksumString() {
    String lower = bytes.toHexString().substring(2);
    Bytes digest = Keccak.hash(lower.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).bytes();
    char[] out = new char[2 + lower.length()];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int nibble = (digest.getUnsigned(i / 2) >>> ((i % 2 == 0) ? 4 : 0)) & 0xf;
      out[2 + i] = (c >= 'a' && nibble >= 8) ? Character.toUpperCase(c) : c;
    }
    return new String(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a && a.bytes.equals(bytes);
  }

  @Override
  public int hashCode() {
    return bytes.hashCode();
  }

  @Override
  public int compareTo(Address o) {
    return bytes.compareTo(o.bytes);
  }

  @Override
  public String toString() {
    return toChecksumString();
  }
}
