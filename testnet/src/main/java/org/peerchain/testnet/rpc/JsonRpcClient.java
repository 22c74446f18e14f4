package org.peerchain.testnet.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** JSON-RPC 2.0 calls over one keep-alive connection to one node. Not thread-safe beyond one call at a time. */
public final class JsonRpcClient implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String url;
  private final HttpRpcConnection connection;
  private long nextId = 1;

  public JsonRpcClient(String host, int port, int readTimeoutMs) {
    this.url = "http://" + host + ":" + port;
    this.connection = new HttpRpcConnection(host, port, Math.min(readTimeoutMs, 2_000), readTimeoutMs);
  }

  public static JsonRpcClient local(int port, int readTimeoutMs) {
    return new JsonRpcClient("127.0.0.1", port, readTimeoutMs);
  }

  /** One request of a batch. */
  public record Call(String method, List<Object> params) {
    public static Call of(String method, Object... params) {
      return new Call(method, List.of(params));
    }
  }

  /**
   * @throws RpcUnavailable when the node does not answer
   * @throws RpcError when it answers with an error object
   */
  public synchronized JsonNode call(String method, Object... params) {
    ObjectNode request = request(Call.of(method, params), nextId++);
    JsonNode response = exchange(request.toString());
    return result(response, method);
  }

  /** Results in request order; an error answer to one call throws for the whole batch. */
  public synchronized List<JsonNode> batch(List<Call> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    ArrayNode body = MAPPER.createArrayNode();
    long first = nextId;
    for (Call call : calls) {
      body.add(request(call, nextId++));
    }
    JsonNode response = exchange(body.toString());
    if (!response.isArray()) {
      return List.of(result(response, calls.get(0).method()));
    }
    Map<Long, JsonNode> byId = new HashMap<>();
    for (JsonNode item : response) {
      byId.put(item.path("id").asLong(-1), item);
    }
    List<JsonNode> results = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      JsonNode item = byId.get(first + i);
      if (item == null) {
        throw new RpcUnavailable(url + ": batch answer lacks the reply to " + calls.get(i).method(), null);
      }
      results.add(result(item, calls.get(i).method()));
    }
    return results;
  }

  public String url() {
    return url;
  }

  private static ObjectNode request(Call call, long id) {
    ObjectNode request = MAPPER.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", id);
    request.put("method", call.method());
    request.set("params", MAPPER.valueToTree(call.params()));
    return request;
  }

  private JsonNode exchange(String body) {
    String text;
    try {
      text = connection.post(body);
    } catch (IOException e) {
      throw new RpcUnavailable(url + " does not answer: " + e.getMessage(), e);
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new RpcUnavailable(url + " answered with something that is not JSON", e);
    }
  }

  private JsonNode result(JsonNode response, String method) {
    JsonNode error = response.get("error");
    if (error != null && !error.isNull()) {
      throw new RpcError(error.path("code").asInt(), method + ": " + error.path("message").asText());
    }
    if (!response.has("result")) {
      throw new RpcUnavailable(url + ": answer to " + method + " has neither result nor error", null);
    }
    return response.get("result");
  }

  @Override
  public void close() {
    connection.close();
  }
}
