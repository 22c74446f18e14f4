package org.peerchain.rpc.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcException;

/** JSON-RPC 2.0 response objects. */
final class Responses {
  private Responses() {}

  static ObjectNode result(JsonNode id, JsonNode result) {
    ObjectNode o = Json.object();
    o.put("jsonrpc", "2.0");
    o.set("id", id);
    o.set("result", result);
    return o;
  }

  static ObjectNode error(JsonNode id, RpcException e) {
    return error(id, e.code(), e.getMessage(), e.data());
  }

  static ObjectNode error(JsonNode id, int code, String message, JsonNode data) {
    ObjectNode o = Json.object();
    o.put("jsonrpc", "2.0");
    o.set("id", id == null ? Json.NULL : id);
    ObjectNode error = o.putObject("error");
    error.put("code", code);
    error.put("message", message);
    if (data != null) {
      error.set("data", data);
    }
    return o;
  }
}
