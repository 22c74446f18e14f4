package org.peerchain.rpc.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.peerchain.core.types.UInt256;

/**
 * Strict JSON-RPC quantities, as geth's hexutil: a string, "0x" then hex digits without leading
 * zeros ("0x0" is zero), at most 64 bits (unsigned) or 256 bits.
 */
public final class Quantities {
  public static final ParamParser<Long> UINT64 = node -> parseUint64(text(node));
  public static final ParamParser<UInt256> UINT256 = node -> UInt256.fromQuantity(checked(text(node)));

  private Quantities() {}

  /** An unsigned 64-bit value (compare with {@link Long#compareUnsigned}). */
  public static long parseUint64(String hex) {
    checked(hex);
    int digits = hex.length() - 2;
    if (digits > 16) {
      throw new IllegalArgumentException("quantity does not fit in 64 bits: " + abbreviate(hex));
    }
    long value = 0;
    for (int i = 2; i < hex.length(); i++) {
      value = (value << 4) | HexFormat.fromHexDigit(hex.charAt(i));
    }
    return value;
  }

  /** The unsigned 64-bit value in quantity form. */
  public static String format(long unsigned) {
    return "0x" + Long.toHexString(unsigned);
  }

  static String text(JsonNode node) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("expected a hex string quantity, got " + JsonTypes.describe(node));
    }
    return node.textValue();
  }

  private static String checked(String hex) {
    if (hex.length() < 3 || hex.charAt(0) != '0' || (hex.charAt(1) != 'x' && hex.charAt(1) != 'X')) {
      throw new IllegalArgumentException(hex.equalsIgnoreCase("0x")
          ? "empty hex quantity \"" + hex + "\"" : "hex quantity must start with 0x: " + abbreviate(hex));
    }
    if (hex.length() > 3 && hex.charAt(2) == '0') {
      throw new IllegalArgumentException("hex quantity has leading zero digits: " + abbreviate(hex));
    }
    if (hex.length() > 66) {
      throw new IllegalArgumentException("hex quantity larger than 256 bits: " + abbreviate(hex));
    }
    for (int i = 2; i < hex.length(); i++) {
      // ASCII only: Character.digit would also take other scripts' digits and fullwidth letters.
      if (!HexFormat.isHexDigit(hex.charAt(i))) {
        throw new IllegalArgumentException("invalid hex character '" + hex.charAt(i) + "' in quantity " + abbreviate(hex));
      }
    }
    return hex;
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
