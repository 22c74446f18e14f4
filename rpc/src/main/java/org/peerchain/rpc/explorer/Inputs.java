package org.peerchain.rpc.explorer;

import org.peerchain.core.bytes.Hex;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * Reads what a visitor typed or put in a path: bounded in length, ASCII digits and hex only, and
 * a {@link ExplorerException#badRequest} naming what was expected otherwise.
 */
final class Inputs {
  /** Longer than any hash, address or number: anything past it is not one of them. */
  static final int MAX_LENGTH = 100;
  /** Decimal digits of the largest block number a long holds, less one so no digit string overflows. */
  private static final int MAX_NUMBER_DIGITS = 18;

  private Inputs() {}

  /** A block named by number or by hash. */
  sealed interface BlockRef {
    record Number(long number) implements BlockRef {}

    record ByHash(Hash hash) implements BlockRef {}

    record Head() implements BlockRef {}
  }

  /** What a search box input names, before looking it up. */
  sealed interface Query {
    record BlockNumber(long number) implements Query {}

    /** A transaction's or a block's: which one is for the chain to say. */
    record AnyHash(Hash hash) implements Query {}

    record AnAddress(Address address) implements Query {}
  }

  static String bounded(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.strip();
    if (s.length() > MAX_LENGTH) {
      throw ExplorerException.badRequest("The input is " + s.length() + " characters long; a block number, hash or "
          + "address is at most " + MAX_LENGTH + ".");
    }
    return s;
  }

  static BlockRef blockRef(String raw) {
    String s = bounded(raw);
    if (s.equalsIgnoreCase("latest") || s.equalsIgnoreCase("head")) {
      return new BlockRef.Head();
    }
    if (isHex(s, 64)) {
      return new BlockRef.ByHash(Hash.fromHexString(s));
    }
    if (isDigits(s)) {
      return new BlockRef.Number(number(s));
    }
    throw ExplorerException.badRequest("\"" + s + "\" is not a block number (decimal digits) or a block hash "
        + "(0x and 64 hex digits).");
  }

  static Hash txHash(String raw) {
    String s = bounded(raw);
    if (!isHex(s, 64)) {
      throw ExplorerException.badRequest("\"" + s + "\" is not a transaction hash: one is 0x and 64 hex digits.");
    }
    return Hash.fromHexString(s);
  }

  static Address address(String raw) {
    String s = bounded(raw);
    if (!isHex(s, 40)) {
      throw ExplorerException.badRequest("\"" + s + "\" is not an address: one is 0x and 40 hex digits.");
    }
    try {
      return Address.fromHexString(s);
    } catch (IllegalArgumentException e) {
      throw ExplorerException.badRequest("\"" + s + "\" has mixed case that is not a valid EIP-55 checksum; "
          + "check for a typo, or write it in lower case.");
    }
  }

  static Query query(String raw) {
    String s = bounded(raw);
    // Hashes and addresses first: bare ones made only of decimal digits are rare, but they exist.
    if (isHex(s, 64)) {
      return new Query.AnyHash(Hash.fromHexString(s));
    }
    if (isHex(s, 40)) {
      return new Query.AnAddress(address(s));
    }
    if (isDigits(s)) {
      return new Query.BlockNumber(number(s));
    }
    throw ExplorerException.badRequest("\"" + s + "\" is not a block number, a block or transaction hash "
        + "(0x and 64 hex digits) or an address (0x and 40 hex digits).");
  }

  /** An optional non-negative number parameter such as a page or a block bound; {@code fallback} when absent. */
  static long optionalNumber(String raw, String name, long fallback) {
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    String s = bounded(raw);
    if (!isDigits(s)) {
      throw ExplorerException.badRequest("The parameter " + name + " must be a decimal number, got \"" + s + "\".");
    }
    return number(s);
  }

  private static long number(String digits) {
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    if (trimmed.length() > MAX_NUMBER_DIGITS) {
      throw ExplorerException.badRequest("The number " + digits + " is larger than any block number.");
    }
    return Long.parseLong(trimmed);
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code digits} hex digits, with or without 0x. */
  static boolean isHex(String s, int digits) {
    int start = Hex.hasPrefix(s) ? 2 : 0;
    if (s.length() - start != digits) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }
}
