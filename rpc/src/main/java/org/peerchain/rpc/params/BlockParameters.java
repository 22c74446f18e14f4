package org.peerchain.rpc.params;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.types.Hash;

/** Parses block parameters the way geth does. */
public final class BlockParameters {
  /** A tag or a hex number (eth_getBlockByNumber, filters). */
  public static final ParamParser<BlockParameter> TAG_OR_NUMBER = BlockParameters::tagOrNumber;
  /** Also a block hash, bare or as an EIP-1898 object (state reads, eth_getBlockReceipts). */
  public static final ParamParser<BlockParameter> NUMBER_OR_HASH = BlockParameters::numberOrHash;

  private BlockParameters() {}

  static BlockParameter tagOrNumber(JsonNode node) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("expected a block number or tag string, got " + JsonTypes.describe(node));
    }
    return tagOrNumber(node.textValue());
  }

  static BlockParameter tagOrNumber(String text) {
    switch (text) {
      case "latest":
        return BlockParameter.Tag.LATEST;
      case "earliest":
        return BlockParameter.Tag.EARLIEST;
      case "pending":
        return BlockParameter.Tag.PENDING;
      case "safe":
        return BlockParameter.Tag.SAFE;
      case "finalized":
        return BlockParameter.Tag.FINALIZED;
      default:
        break;
    }
    if (text.length() < 2 || text.charAt(0) != '0' || (text.charAt(1) != 'x' && text.charAt(1) != 'X')) {
      throw new IllegalArgumentException("unknown block tag '" + Quantities.abbreviate(text)
          + "' (want latest, earliest, pending, safe, finalized or a hex block number)");
    }
    long number = Quantities.parseUint64(text);
    if (number < 0) {
      throw new IllegalArgumentException("block number larger than int64");
    }
    return new BlockParameter.Number(number);
  }

  static BlockParameter numberOrHash(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      // geth takes a 66-character string as a block hash.
      return text.length() == 66 ? new BlockParameter.ByHash(HexData.HASH.parse(node), false) : tagOrNumber(text);
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a block number, tag, hash or object, got " + JsonTypes.describe(node));
    }
    JsonNode hash = node.get("blockHash");
    JsonNode number = node.get("blockNumber");
    boolean hasHash = hash != null && !hash.isNull();
    boolean hasNumber = number != null && !number.isNull();
    if (hasHash && hasNumber) {
      throw new IllegalArgumentException("cannot specify both BlockHash and BlockNumber, choose one or the other");
    }
    if (hasHash) {
      JsonNode canonical = node.get("requireCanonical");
      boolean require = canonical != null && !canonical.isNull() && field("requireCanonical", () -> HexData.BOOLEAN.parse(canonical));
      Hash h = field("blockHash", () -> HexData.HASH.parse(hash));
      return new BlockParameter.ByHash(h, require);
    }
    if (hasNumber) {
      return field("blockNumber", () -> tagOrNumber(number));
    }
    throw new IllegalArgumentException("block object needs blockHash or blockNumber");
  }

  private static <T> T field(String name, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }
}
