package org.peerchain.rpc.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.AccessListEntry;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * Parses a transaction call object. Unknown members are ignored (as geth does); a member that is
 * there must be well formed, and its error names it.
 */
public final class CallRequestParser implements ParamParser<CallRequest> {
  public static final CallRequestParser INSTANCE = new CallRequestParser();

  @Override
  public CallRequest parse(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a transaction object, got " + JsonTypes.describe(node));
    }
    Optional<Bytes> data = field(node, "data", HexData::parse);
    Optional<Bytes> input = field(node, "input", HexData::parse);
    if (data.isPresent() && input.isPresent() && !data.get().equals(input.get())) {
      throw new IllegalArgumentException(
          "both \"data\" and \"input\" are set and not equal. Please use \"input\" to pass transaction call data");
    }
    Optional<UInt256> gasPrice = field(node, "gasPrice", Quantities.UINT256::parse);
    Optional<UInt256> maxFee = field(node, "maxFeePerGas", Quantities.UINT256::parse);
    Optional<UInt256> maxTip = field(node, "maxPriorityFeePerGas", Quantities.UINT256::parse);
    if (gasPrice.isPresent() && (maxFee.isPresent() || maxTip.isPresent())) {
      throw new IllegalArgumentException("both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified");
    }
    return new CallRequest(
        field(node, "from", HexData.ADDRESS::parse),
        field(node, "to", HexData.ADDRESS::parse),
        uint64(node, "gas"),
        gasPrice,
        maxFee,
        maxTip,
        field(node, "value", Quantities.UINT256::parse),
        input.or(() -> data).orElse(Bytes.EMPTY),
        uint64(node, "nonce"),
        field(node, "chainId", Quantities.UINT256::parse),
        field(node, "accessList", CallRequestParser::accessList),
        uint64(node, "type"));
  }

  private static OptionalLong uint64(JsonNode node, String name) {
    Optional<Long> v = field(node, name, Quantities.UINT64::parse);
    return v.map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  private static <T> Optional<T> field(JsonNode node, String name, Function<JsonNode, T> parser) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(value));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static List<AccessListEntry> accessList(JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected an array, got " + JsonTypes.describe(node));
    }
    List<AccessListEntry> out = new ArrayList<>();
    for (JsonNode entry : node) {
      if (!entry.isObject()) {
        throw new IllegalArgumentException("entry must be an object with address and storageKeys");
      }
      Address address = field(entry, "address", HexData.ADDRESS::parse)
          .orElseThrow(() -> new IllegalArgumentException("entry without an address"));
      List<Hash> keys = new ArrayList<>();
      JsonNode keyNodes = entry.get("storageKeys");
      if (keyNodes != null && !keyNodes.isNull()) {
        if (!keyNodes.isArray()) {
          throw new IllegalArgumentException("storageKeys must be an array");
        }
        for (JsonNode key : keyNodes) {
          keys.add(HexData.HASH.parse(key));
        }
      }
      out.add(new AccessListEntry(address, keys));
    }
    return out;
  }
}
