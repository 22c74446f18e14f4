package org.peerchain.rpc.params;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one JSON parameter into a value, or throws {@link IllegalArgumentException} saying why
 * not; {@code RpcParams} adds which parameter it was.
 */
@FunctionalInterface
public interface ParamParser<T> {
  T parse(JsonNode node);
}
