package org.peerchain.rpc.methods.anvil;

import org.peerchain.rpc.params.ParamParser;
import org.peerchain.rpc.params.Quantities;

/** Parameter shapes of the cheat methods, which (as anvil) take numbers as JSON integers or hex quantities. */
public final class DevParams {
  /** A non-negative 64-bit number: a JSON integer or a hex quantity (unsigned values above 2^63 refused). */
  public static final ParamParser<Long> NUMBER = node -> {
    long value;
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong() || node.longValue() < 0) {
        throw new IllegalArgumentException("expected a non-negative 64-bit number, got " + node);
      }
      value = node.longValue();
    } else if (node.isTextual()) {
      value = Quantities.parseUint64(node.textValue());
      if (value < 0) {
        throw new IllegalArgumentException("number too large: " + node.textValue());
      }
    } else {
      throw new IllegalArgumentException("expected a number or a hex quantity, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return value;
  };

  private DevParams() {}
}
