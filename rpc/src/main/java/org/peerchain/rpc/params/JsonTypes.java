package org.peerchain.rpc.params;

import com.fasterxml.jackson.databind.JsonNode;

/** Names a JSON value's type for error messages. */
final class JsonTypes {
  private JsonTypes() {}

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
