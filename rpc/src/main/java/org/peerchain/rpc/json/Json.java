package org.peerchain.rpc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/** JSON values in Ethereum's encodings: quantities as minimal 0x-hex, data as 0x-hex bytes. */
public final class Json {
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  public static final JsonNode NULL = NullNode.getInstance();
  public static final JsonNode TRUE = BooleanNode.TRUE;
  public static final JsonNode FALSE = BooleanNode.FALSE;
  public static final JsonNode ZERO = TextNode.valueOf("0x0");
  public static final JsonNode EMPTY_DATA = TextNode.valueOf("0x");

  private static final int SMALL = 256;
  private static final TextNode[] SMALL_QUANTITIES = new TextNode[SMALL];

  static {
    for (int i = 0; i < SMALL; i++) {
      SMALL_QUANTITIES[i] = TextNode.valueOf("0x" + Integer.toHexString(i));
    }
  }

  private Json() {}

  /** An unsigned 64-bit value. */
  public static JsonNode quantity(long unsigned) {
    if (unsigned >= 0 && unsigned < SMALL) {
      return SMALL_QUANTITIES[(int) unsigned];
    }
    return TextNode.valueOf("0x" + Long.toHexString(unsigned));
  }

  public static JsonNode quantity(UInt256 value) {
    return value.fitsLong() ? quantity(value.toLongExact()) : TextNode.valueOf(value.toQuantity());
  }

  public static JsonNode data(Bytes bytes) {
    return bytes.isEmpty() ? EMPTY_DATA : TextNode.valueOf(bytes.toHexString());
  }

  public static JsonNode hash(Hash hash) {
    return TextNode.valueOf(hash.toHexString());
  }

  /** Lower case, as geth returns addresses. */
  public static JsonNode address(Address address) {
    return TextNode.valueOf(address.toHexString());
  }

  public static JsonNode text(String s) {
    return TextNode.valueOf(s);
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }
}
