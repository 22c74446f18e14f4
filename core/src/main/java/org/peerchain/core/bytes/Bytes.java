package org.peerchain.core.bytes;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An immutable byte sequence. Slices share the backing array (zero-copy), so decoding a large
 * message does not copy every field; {@link #toArray()} always returns a fresh copy, so no caller
 * can change a value that others hold.
 */
public final class Bytes implements Comparable<Bytes> {
  public static final Bytes EMPTY = new Bytes(new byte[0], 0, 0);

  private final byte[] array;
  private final int offset;
  private final int length;
  private int hash;

  private Bytes(byte[] array, int offset, int length) {
    this.array = array;
    this.offset = offset;
    this.length = length;
  }

  /** Takes ownership of {@code array}: the caller must not change it afterwards. */
  public static Bytes wrap(byte[] array) {
    return array.length == 0 ? EMPTY : new Bytes(array, 0, array.length);
  }

  /** Takes ownership of the range: the caller must not change it afterwards. */
  public static Bytes wrap(byte[] array, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, array.length);
    return length == 0 ? EMPTY : new Bytes(array, offset, length);
  }

  public static Bytes copyOf(byte[] array) {
    return wrap(array.clone());
  }

  public static Bytes of(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return wrap(out);
  }

  public static Bytes fromHexString(CharSequence hex) {
    return wrap(Hex.decode(hex));
  }

  /** The minimal big-endian form of a non-negative integer: zero is the empty sequence. */
  public static Bytes minimalUnsigned(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("negative value: " + value);
    }
    if (value.signum() == 0) {
      return EMPTY;
    }
    byte[] raw = value.toByteArray();
    return raw[0] == 0 ? wrap(raw, 1, raw.length - 1) : wrap(raw);
  }

  public static Bytes minimalUnsigned(long value) {
    if (value == 0) {
      return EMPTY;
    }
    int size = 8 - Long.numberOfLeadingZeros(value) / 8;
    byte[] out = new byte[size];
    for (int i = size - 1; i >= 0; i--) {
      out[i] = (byte) value;
      value >>>= 8;
    }
    return wrap(out);
  }

  public static Bytes concat(Bytes... parts) {
    int total = 0;
    for (Bytes p : parts) {
      total += p.length;
    }
    byte[] out = new byte[total];
    int at = 0;
    for (Bytes p : parts) {
      System.arraycopy(p.array, p.offset, out, at, p.length);
      at += p.length;
    }
    return wrap(out);
  }

  public Bytes concatWith(Bytes other) {
    return concat(this, other);
  }

  public int size() {
    return length;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  public byte get(int index) {
    java.util.Objects.checkIndex(index, length);
    return array[offset + index];
  }

  /** The byte at {@code index} as an unsigned value 0..255. */
  public int getUnsigned(int index) {
    return get(index) & 0xff;
  }

  public Bytes slice(int from) {
    return slice(from, length - from);
  }

  public Bytes slice(int from, int size) {
    java.util.Objects.checkFromIndexSize(from, size, length);
    if (from == 0 && size == length) {
      return this;
    }
    return size == 0 ? EMPTY : new Bytes(array, offset + from, size);
  }

  public byte[] toArray() {
    return Arrays.copyOfRange(array, offset, offset + length);
  }

  public void copyTo(byte[] destination, int destinationOffset) {
    System.arraycopy(array, offset, destination, destinationOffset, length);
  }

  /**
   * Hands the backing range to a reader (a digest, a stream) without copying. The reader must
   * not keep or change the array.
   */
  public void read(RangeReader reader) {
    reader.read(array, offset, length);
  }

  public boolean isZero() {
    for (int i = 0; i < length; i++) {
      if (array[offset + i] != 0) {
        return false;
      }
    }
    return true;
  }

  public int leadingZeroBytes() {
    int i = 0;
    while (i < length && array[offset + i] == 0) {
      i++;
    }
    return i;
  }

  public BigInteger toUnsignedBigInteger() {
    return length == 0 ? BigInteger.ZERO : new BigInteger(1, toArray());
  }

  /** Lower-case hex with a {@code 0x} prefix. */
  public String toHexString() {
    return Hex.encode(array, offset, length);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Bytes other) || other.length != length) {
      return false;
    }
    return Arrays.equals(array, offset, offset + length, other.array, other.offset, other.offset + length);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && length > 0) {
      h = 1;
      for (int i = 0; i < length; i++) {
        h = 31 * h + array[offset + i];
      }
      hash = h;
    }
    return h;
  }

  /** Unsigned lexicographic order, as RocksDB orders keys. */
  @Override
  public int compareTo(Bytes o) {
    return Arrays.compareUnsigned(array, offset, offset + length, o.array, o.offset, o.offset + o.length);
  }

  @Override
  public String toString() {
    return toHexString();
  }

  /** Receives a range of bytes without a copy. */
  @FunctionalInterface
  public interface RangeReader {
    void read(byte[] array, int offset, int length);
  }
}
