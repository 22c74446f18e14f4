package org.peerchain.core.bytes;

/**
 * Strict hexadecimal codec. Input may carry a {@code 0x} prefix; anything else that is not a pair of
 * hex digits is refused with a message that names what is wrong and where.
 */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /** Decodes {@code 0x}-prefixed or bare hex of even length. */
  public static byte[] decode(CharSequence hex) {
    if (hex == null) {
      throw new IllegalArgumentException("hex string is missing");
    }
    int start = hasPrefix(hex) ? 2 : 0;
    int digits = hex.length() - start;
    if ((digits & 1) != 0) {
      throw new IllegalArgumentException(
          "hex string has an odd number of digits (" + digits + "): " + abbreviate(hex));
    }
    byte[] out = new byte[digits / 2];
    for (int i = 0; i < out.length; i++) {
      int at = start + 2 * i;
      out[i] = (byte) ((digit(hex, at) << 4) | digit(hex, at + 1));
    }
    return out;
  }

  /** Decodes hex that must start with {@code 0x}, as JSON-RPC data fields do. */
  public static byte[] decodePrefixed(CharSequence hex) {
    if (hex == null || !hasPrefix(hex)) {
      throw new IllegalArgumentException("hex string must start with 0x: " + abbreviate(hex));
    }
    return decode(hex);
  }

  public static String encode(byte[] bytes) {
    return encode(bytes, 0, bytes.length);
  }

  /** Lower-case hex with a {@code 0x} prefix. */
  public static String encode(byte[] bytes, int offset, int length) {
    char[] out = new char[2 + 2 * length];
    out[0] = '0';
    out[1] = 'x';
    for (int i = 0; i < length; i++) {
      int b = bytes[offset + i] & 0xff;
      out[2 + 2 * i] = DIGITS[b >>> 4];
      out[3 + 2 * i] = DIGITS[b & 0xf];
    }
    return new String(out);
  }

  public static boolean hasPrefix(CharSequence s) {
    return s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
  }

  static int digit(CharSequence hex, int at) {
    char c = hex.charAt(at);
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    throw new IllegalArgumentException(
        "invalid hex character '" + c + "' at position " + at + ": " + abbreviate(hex));
  }

  static String abbreviate(CharSequence s) {
    if (s == null) {
      return "null";
    }
    return s.length() <= 80 ? s.toString() : s.subSequence(0, 77) + "...";
  }
}
