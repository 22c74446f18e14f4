package org.peerchain.node.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A bare JSON-RPC client for tests of a dev node's cheat methods, as a test suite calls them. */
final class DevRpcClient {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI uri;
  private int id;

  DevRpcClient(int port) {
    this.uri = URI.create("http://127.0.0.1:" + port + "/");
  }

  /** The whole response object (result or error). */
  JsonNode call(String method, Object... params) {
    ObjectNode request = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", ++id).put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object p : params) {
      array.add(MAPPER.valueToTree(p));
    }
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(40))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(request))).build(),
          HttpResponse.BodyHandlers.ofString());
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The result; fails the test with the error when there is one. */
  JsonNode result(String method, Object... params) {
    JsonNode response = call(method, params);
    if (response.has("error")) {
      throw new AssertionError(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  long number(String method, Object... params) {
    return quantity(result(method, params)).longValueExact();
  }

  BigInteger balance(String address, String block) {
    return quantity(result("eth_getBalance", address, block));
  }

  long blockNumber() {
    return number("eth_blockNumber");
  }

  JsonNode block(String tag) {
    return result("eth_getBlockByNumber", tag, false);
  }

  long timestamp(String tag) {
    return quantity(block(tag).get("timestamp")).longValueExact();
  }

  /** eth_sendTransaction of {@code wei} from {@code from} to {@code to}; the hash. */
  String send(String from, String to, BigInteger wei) {
    ObjectNode tx = MAPPER.createObjectNode().put("from", from).put("to", to).put("value", "0x" + wei.toString(16));
    return result("eth_sendTransaction", tx).textValue();
  }

  static BigInteger quantity(JsonNode node) {
    return node.isNumber() ? node.bigIntegerValue() : new BigInteger(node.textValue().substring(2), 16);
  }

  static String hex(long value) {
    return "0x" + Long.toHexString(value);
  }
}
