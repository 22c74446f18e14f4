package org.peerchain.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.peerchain.rpc.params.ParamParser;

/**
 * The positional parameters of a call. A missing trailing parameter and an explicit null are the
 * same (geth's rule); every failure is an invalid-params error naming the argument.
 */
public final class RpcParams {
  public static final RpcParams EMPTY = new RpcParams(JsonNodeFactory.instance.arrayNode());

  private final JsonNode array;

  /** {@code array} must be a JSON array. */
  public RpcParams(JsonNode array) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("params must be a JSON array");
    }
    this.array = array;
  }

  public static RpcParams of(JsonNode... values) {
    var a = JsonNodeFactory.instance.arrayNode();
    for (JsonNode v : values) {
      a.add(v);
    }
    return new RpcParams(a);
  }

  public int size() {
    return array.size();
  }

  /** The raw parameter; null when absent or JSON null. */
  public JsonNode raw(int index) {
    JsonNode node = array.get(index);
    return node == null || node.isNull() ? null : node;
  }

  public <T> T required(int index, String name, ParamParser<T> parser) {
    JsonNode node = raw(index);
    if (node == null) {
      throw RpcException.invalidParams("missing value for required argument " + index + " (" + name + ")");
    }
    return parse(index, name, parser, node);
  }

  /** {@code fallback} when absent or null. */
  public <T> T optional(int index, String name, ParamParser<T> parser, T fallback) {
    JsonNode node = raw(index);
    return node == null ? fallback : parse(index, name, parser, node);
  }

  /** Refuses more than {@code max} parameters, so a misplaced argument is not silently ignored. */
  public RpcParams atMost(int max) {
    if (array.size() > max) {
      throw RpcException.invalidParams("too many arguments, want at most " + max);
    }
    return this;
  }

  private static <T> T parse(int index, String name, ParamParser<T> parser, JsonNode node) {
    try {
      return parser.parse(node);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw RpcException.invalidParams("invalid argument " + index + " (" + name + "): " + e.getMessage());
    }
  }
}
