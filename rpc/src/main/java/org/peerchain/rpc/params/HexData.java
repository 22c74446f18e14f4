package org.peerchain.rpc.params;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.bytes.Hex;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** Unformatted data: "0x" then an even number of hex digits; addresses 20 bytes, hashes 32. */
public final class HexData {
  public static final ParamParser<Bytes> BYTES = node -> parse(node);
  public static final ParamParser<Address> ADDRESS = node -> Address.wrap(fixed(node, Address.SIZE, "an address"));
  public static final ParamParser<Hash> HASH = node -> Hash.wrap(fixed(node, Hash.SIZE, "a hash"));
  public static final ParamParser<Boolean> BOOLEAN = node -> {
    if (!node.isBoolean()) {
      throw new IllegalArgumentException("expected a boolean, got " + JsonTypes.describe(node));
    }
    return node.booleanValue();
  };
  public static final ParamParser<String> STRING = node -> {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("expected a string, got " + JsonTypes.describe(node));
    }
    return node.textValue();
  };

  private HexData() {}

  public static Bytes parse(JsonNode node) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("expected a hex string, got " + JsonTypes.describe(node));
    }
    return parse(node.textValue());
  }

  public static Bytes parse(String hex) {
    if (!Hex.hasPrefix(hex)) {
      throw new IllegalArgumentException("hex string without 0x prefix: " + Quantities.abbreviate(hex));
    }
    return Bytes.wrap(Hex.decode(hex));
  }

  private static Bytes fixed(JsonNode node, int size, String what) {
    Bytes bytes = parse(node);
    if (bytes.size() != size) {
      throw new IllegalArgumentException("hex string has " + bytes.size() + " bytes, want " + size + " for " + what);
    }
    return bytes;
  }
}
