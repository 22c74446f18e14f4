package org.peerchain.node.fork;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.UInt256;

/** Reading the upstream's hex fields, with errors that name the field. */
final class Hex {
  private Hex() {}

  static Bytes data(JsonNode object, String field) {
    return dataValue(object.get(field), field);
  }

  static Bytes dataValue(JsonNode value, String what) {
    if (value == null || !value.isTextual()) {
      throw new ForkException("upstream's " + what + " is missing or not a hex string");
    }
    try {
      return Bytes.fromHexString(value.asText());
    } catch (IllegalArgumentException e) {
      throw new ForkException("upstream's " + what + " is not hex data: " + e.getMessage());
    }
  }

  static UInt256 quantity(JsonNode object, String field) {
    return quantityValue(object.get(field), field);
  }

  static UInt256 quantityValue(JsonNode value, String what) {
    if (value == null || !value.isTextual()) {
      throw new ForkException("upstream's " + what + " is missing or not a hex quantity");
    }
    try {
      return UInt256.fromQuantity(value.asText());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ForkException("upstream's " + what + " is not a hex quantity: " + e.getMessage());
    }
  }

  static String quantity(long unsigned) {
    return "0x" + Long.toHexString(unsigned);
  }
}
