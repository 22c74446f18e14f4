package org.peerchain.rpc.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** Parses a log filter object with geth's rules (blockHash excludes a range; at most 4 topics). */
public final class LogFilterParser implements ParamParser<LogFilter> {
  public static final LogFilterParser INSTANCE = new LogFilterParser();
  private static final int MAX_TOPICS = 4;

  @Override
  public LogFilter parse(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a filter object, got " + JsonTypes.describe(node));
    }
    Optional<BlockParameter> from = member(node, "fromBlock").map(v -> named("fromBlock", v, BlockParameters.TAG_OR_NUMBER));
    Optional<BlockParameter> to = member(node, "toBlock").map(v -> named("toBlock", v, BlockParameters.TAG_OR_NUMBER));
    Optional<Hash> blockHash = member(node, "blockHash").map(v -> named("blockHash", v, HexData.HASH));
    if (blockHash.isPresent() && (from.isPresent() || to.isPresent())) {
      throw new IllegalArgumentException("cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other");
    }
    if (from.orElse(null) instanceof BlockParameter.Number f && to.orElse(null) instanceof BlockParameter.Number t
        && f.number() > t.number()) {
      throw new IllegalArgumentException("invalid block range params");
    }
    return new LogFilter(from, to, blockHash, addresses(node.get("address")), topics(node.get("topics")));
  }

  private static Optional<JsonNode> member(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  private static List<Address> addresses(JsonNode node) {
    List<Address> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      for (JsonNode a : node) {
        out.add(named("address", a, HexData.ADDRESS));
      }
    } else {
      out.add(named("address", node, HexData.ADDRESS));
    }
    return out;
  }

  private static List<List<Hash>> topics(JsonNode node) {
    List<List<Hash>> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("topics: expected an array, got " + JsonTypes.describe(node));
    }
    if (node.size() > MAX_TOPICS) {
      throw new IllegalArgumentException("exceed max topics");
    }
    for (JsonNode position : node) {
      List<Hash> alternatives = new ArrayList<>();
      if (position.isArray()) {
        for (JsonNode t : position) {
          if (!t.isNull()) {
            alternatives.add(named("topics", t, HexData.HASH));
          }
        }
      } else if (!position.isNull()) {
        alternatives.add(named("topics", position, HexData.HASH));
      }
      out.add(alternatives);
    }
    return out;
  }

  private static <T> T named(String field, JsonNode node, ParamParser<T> parser) {
    try {
      return parser.parse(node);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }
}
