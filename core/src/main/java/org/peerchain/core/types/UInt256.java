package org.peerchain.core.types;

import java.math.BigInteger;
import java.util.HexFormat;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;

/**
 * An unsigned 256-bit integer: balances, values and fees in wei. Arithmetic is checked: a result
 * below zero or at or above 2^256 throws {@link ArithmeticException}, it never wraps.
 */
public final class UInt256 implements Comparable<UInt256> {
  public static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);
  public static final UInt256 ZERO = new UInt256(BigInteger.ZERO);
  public static final UInt256 ONE = new UInt256(BigInteger.ONE);
  public static final UInt256 MAX_VALUE = new UInt256(MODULUS.subtract(BigInteger.ONE));

  private final BigInteger value;

  private UInt256(BigInteger value) {
    this.value = value;
  }

  public static UInt256 valueOf(BigInteger value) {
    if (value.signum() < 0) {
      throw new ArithmeticException("negative value for an unsigned 256-bit integer: " + value);
    }
    if (value.bitLength() > 256) {
      throw new ArithmeticException("value does not fit in 256 bits: " + value);
    }
    return value.signum() == 0 ? ZERO : new UInt256(value);
  }

  public static UInt256 valueOf(long value) {
    if (value < 0) {
      throw new ArithmeticException("negative value for an unsigned 256-bit integer: " + value);
    }
    return value == 0 ? ZERO : new UInt256(BigInteger.valueOf(value));
  }

  /** Reads a big-endian unsigned value of at most 32 bytes (leading zeros allowed here). */
  public static UInt256 fromBytes(Bytes bytes) {
    if (bytes.size() > 32) {
      throw new ArithmeticException("value is longer than 32 bytes: " + bytes.size());
    }
    return valueOf(bytes.toUnsignedBigInteger());
  }

  /** Parses a JSON-RPC quantity: {@code 0x} followed by hex digits without leading zeros. */
  public static UInt256 fromQuantity(String hex) {
    if (hex == null || !Hex.hasPrefix(hex) || hex.length() == 2) {
      throw new IllegalArgumentException("quantity must be 0x followed by hex digits: " + hex);
    }
    if (hex.length() > 3 && hex.charAt(2) == '0') {
      throw new IllegalArgumentException("quantity has leading zeros: " + hex);
    }
    if (hex.length() > 66) {
      throw new IllegalArgumentException("quantity does not fit in 256 bits: " + hex);
    }
    for (int i = 2; i < hex.length(); i++) {
      // ASCII only: Character.digit (and BigInteger) would also take other scripts' digits.
      if (!HexFormat.isHexDigit(hex.charAt(i))) {
        throw new IllegalArgumentException("invalid hex character '" + hex.charAt(i) + "' in quantity: " + hex);
      }
    }
    return valueOf(new BigInteger(hex.substring(2), 16));
  }

  /** Decimal, e.g. "1000000000000000000"; refuses signs, spaces and anything not a digit. */
  public static UInt256 fromDecimal(String decimal) {
    if (decimal == null || decimal.isEmpty() || !decimal.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("not a non-negative decimal integer: " + decimal);
    }
    return valueOf(new BigInteger(decimal));
  }

  public UInt256 add(UInt256 other) {
    return valueOf(value.add(other.value));
  }

  public UInt256 subtract(UInt256 other) {
    return valueOf(value.subtract(other.value));
  }

  public UInt256 multiply(UInt256 other) {
    return valueOf(value.multiply(other.value));
  }

  public UInt256 multiply(long factor) {
    return valueOf(value.multiply(BigInteger.valueOf(factor)));
  }

  public UInt256 divide(UInt256 divisor) {
    if (divisor.isZero()) {
      throw new ArithmeticException("division by zero");
    }
    return valueOf(value.divide(divisor.value));
  }

  public UInt256 min(UInt256 other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public UInt256 max(UInt256 other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  public BigInteger toBigInteger() {
    return value;
  }

  /** The value as a long, or an {@link ArithmeticException} when it does not fit. */
  public long toLongExact() {
    return value.longValueExact();
  }

  public boolean fitsLong() {
    return value.bitLength() <= 63;
  }

  /** Minimal big-endian bytes: zero is empty, as RLP encodes integers. */
  public Bytes toMinimalBytes() {
    return Bytes.minimalUnsigned(value);
  }

  /** 32 bytes, big-endian, zero-padded. */
  public Bytes toBytes32() {
    byte[] out = new byte[32];
    Bytes minimal = toMinimalBytes();
    minimal.copyTo(out, 32 - minimal.size());
    return Bytes.wrap(out);
  }

  /** JSON-RPC quantity form, e.g. "0x0", "0x1bc16d674ec80000". */
  public String toQuantity() {
    return "0x" + value.toString(16);
  }

  @Override
  public int compareTo(UInt256 o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UInt256 u && u.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
