package org.peerchain.rpc.methods.ots;

import java.util.Locale;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.ParamParser;
import org.peerchain.rpc.params.Quantities;

/**
 * Otterscan sends block numbers, pages and page sizes as JSON numbers where the eth namespace
 * uses hex quantities; both forms are taken, nothing else (no decimals, strings of digits or
 * fractions).
 */
final class OtsParams {
  /** The largest page Otterscan may ask for; it asks for 25. Bounds the work and the answer of one call. */
  static final int MAX_PAGE_SIZE = 1000;

  /** A whole number from 0 to 2^63-1, as a JSON number or a hex quantity. */
  static final ParamParser<Long> NUMBER = node -> {
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong() || node.longValue() < 0) {
        throw new IllegalArgumentException("must be a whole number from 0 to 2^63-1, got " + node);
      }
      return node.longValue();
    }
    if (node.isTextual()) {
      long value = Quantities.parseUint64(node.textValue());
      if (value < 0) {
        throw new IllegalArgumentException("must be at most 2^63-1, got " + node.textValue());
      }
      return value;
    }
    throw new IllegalArgumentException(node.isNumber() ? "must be a whole number, got " + node
        : "expected a number or a hex quantity, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
  };

  /** A page size from 1 to {@link #MAX_PAGE_SIZE}. */
  static final ParamParser<Integer> PAGE_SIZE = node -> {
    long size = NUMBER.parse(node);
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page size must be from 1 to " + MAX_PAGE_SIZE + ", got " + size);
    }
    return (int) size;
  };

  /** A block as a JSON number, a hex quantity or a tag ("latest"). */
  static final ParamParser<BlockParameter> BLOCK = node -> node.isNumber()
      ? new BlockParameter.Number(NUMBER.parse(node))
      : BlockParameters.TAG_OR_NUMBER.parse(node);

  /** ots_hasCode's block: a JSON number (Otterscan sends the block before a transaction's), or as eth_getCode's. */
  static final ParamParser<BlockParameter> BLOCK_OR_HASH = node -> node.isNumber()
      ? new BlockParameter.Number(NUMBER.parse(node))
      : BlockParameters.NUMBER_OR_HASH.parse(node);

  private OtsParams() {}
}
