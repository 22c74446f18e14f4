package org.peerchain.testnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON-RPC hex quantities ("0x1a") both ways. */
public final class Quantity {
  private Quantity() {}

  public static String hex(long value) {
    return "0x" + Long.toHexString(value);
  }

  public static long parse(JsonNode node, String what) {
    if (node == null || !node.isTextual()) {
      throw new RpcUnavailable("expected a hex quantity for " + what + ", got " + node, null);
    }
    String text = node.asText();
    if (!text.startsWith("0x") || text.length() < 3 || text.length() > 18) {
      throw new RpcUnavailable("not a hex quantity for " + what + ": " + text, null);
    }
    try {
      return Long.parseUnsignedLong(text.substring(2), 16);
    } catch (NumberFormatException e) {
      throw new RpcUnavailable("not a hex quantity for " + what + ": " + text, e);
    }
  }
}
