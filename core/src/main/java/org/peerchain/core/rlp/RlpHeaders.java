package org.peerchain.core.rlp;

/**
 * RLP item headers for encoders that lay out bytes themselves (the writer, the trie node encoder):
 * one place for the short/long form rule so no encoder can get it subtly different.
 */
public final class RlpHeaders {
  /** Header base of a string item. */
  public static final int STRING = 0x80;
  /** Header base of a list item. */
  public static final int LIST = 0xc0;
  /** Longest payload that takes the one-byte short form. */
  static final int SHORT_MAX = 55;

  private RlpHeaders() {}

  /** Bytes the header of a {@code length}-byte payload takes. */
  public static int size(int length) {
    return length <= SHORT_MAX ? 1 : 1 + bytesOf(length);
  }

  /** Writes the header ({@link #STRING} or {@link #LIST} base) at {@code at}; returns where the payload starts. */
  public static int put(byte[] out, int at, int base, int length) {
    if (length <= SHORT_MAX) {
      out[at] = (byte) (base + length);
      return at + 1;
    }
    int n = bytesOf(length);
    out[at] = (byte) (base + SHORT_MAX + n);
    for (int i = n; i >= 1; i--) {
      out[at + i] = (byte) length;
      length >>>= 8;
    }
    return at + 1 + n;
  }

  private static int bytesOf(int length) {
    return 4 - Integer.numberOfLeadingZeros(length) / 8;
  }
}
