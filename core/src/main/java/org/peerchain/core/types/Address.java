package org.peerchain.core.types;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;

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
    return Eip55.encode(bytes);
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
