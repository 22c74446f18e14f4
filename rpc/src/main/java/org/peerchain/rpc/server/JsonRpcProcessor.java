package org.peerchain.rpc.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.Optional;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.MethodRegistry;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.storage.state.UnprovenStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC 2.0 over bytes, whatever the transport: single calls, batches, notifications. This is
 * the one place that turns failures into error objects and logs them: a method's
 * {@link RpcException} is the caller's problem (DEBUG), anything else is ours (ERROR, with the
 * stack trace in the log and never in the response).
 */
public final class JsonRpcProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcProcessor.class);

  private final ObjectMapper mapper;
  private final MethodRegistry methods;
  private final int batchLimit;
  private final RpcMetrics metrics;
  private final ResponseBytes responseBytes;

  /** One call's outcome: a result for {@code id}, or a whole error response. */
  private record Reply(JsonNode id, JsonNode result, JsonNode error) {
    static Reply failed(JsonNode error) {
      return new Reply(null, null, error);
    }

    JsonNode tree() {
      return error != null ? error : Responses.result(id, result);
    }
  }

  public JsonRpcProcessor(ObjectMapper mapper, MethodRegistry methods, int batchLimit, RpcMetrics metrics) {
    this.mapper = mapper;
    this.responseBytes = new ResponseBytes(mapper);
    this.methods = methods;
    this.batchLimit = batchLimit;
    this.metrics = metrics;
  }

  /** The response to send, or empty when there is none (only notifications). */
  public Optional<byte[]> process(byte[] body, CallContext context) {
    JsonNode request;
    try {
      request = mapper.readTree(body);
    } catch (IOException e) {
      return Optional.of(write(Responses.error(null, RpcException.PARSE_ERROR, "parse error", null)));
    }
    if (request == null || request.isMissingNode()) {
      return Optional.of(write(Responses.error(null, RpcException.PARSE_ERROR, "parse error: empty request", null)));
    }
    if (request.isArray()) {
      return batch(request, context).map(this::write);
    }
    Reply reply = call(request, context);
    if (reply == null) {
      return Optional.empty();
    }
    return Optional.of(reply.error != null ? write(reply.error) : responseBytes.result(reply.id, reply.result));
  }

  private Optional<JsonNode> batch(JsonNode requests, CallContext context) {
    if (requests.isEmpty()) {
      return Optional.of(Responses.error(null, RpcException.INVALID_REQUEST, "empty batch", null));
    }
    if (requests.size() > batchLimit) {
      return Optional.of(Responses.error(null, RpcException.LIMIT_EXCEEDED,
          "batch too large: " + requests.size() + " requests, limit " + batchLimit, null));
    }
    ArrayNode responses = Json.array();
    for (JsonNode request : requests) {
      Reply reply = call(request, context);
      if (reply != null) {
        responses.add(reply.tree());
      }
    }
    return responses.isEmpty() ? Optional.empty() : Optional.of(responses);
  }

  /** One call's response; null for a notification. */
  private Reply call(JsonNode request, CallContext context) {
    if (!request.isObject()) {
      return Reply.failed(Responses.error(null, RpcException.INVALID_REQUEST, "invalid request: expected a JSON object", null));
    }
    JsonNode id = request.get("id");
    boolean notification = id == null;
    if (id != null && !(id.isTextual() || id.isNumber() || id.isNull())) {
      return Reply.failed(
          Responses.error(null, RpcException.INVALID_REQUEST, "invalid request: id must be a string, number or null", null));
    }
    JsonNode version = request.get("jsonrpc");
    if (version == null || !"2.0".equals(version.textValue())) {
      return Reply.failed(Responses.error(id, RpcException.INVALID_REQUEST, "invalid request: jsonrpc must be \"2.0\"", null));
    }
    JsonNode method = request.get("method");
    if (method == null || !method.isTextual()) {
      return Reply.failed(Responses.error(id, RpcException.INVALID_REQUEST, "invalid request: method must be a string", null));
    }
    Reply reply = execute(method.textValue(), request.get("params"), id, context);
    return notification ? null : reply;
  }

  private Reply execute(String name, JsonNode rawParams, JsonNode id, CallContext context) {
    long start = System.nanoTime();
    Optional<RpcMethod> method = methods.find(name);
    String label = method.isPresent() ? name : RpcMetrics.UNKNOWN_METHOD;
    boolean failed = true;
    try {
      RpcMethod m = method.orElseThrow(() -> RpcException.methodNotFound(name));
      JsonNode result = m.execute(params(rawParams), context);
      failed = false;
      return new Reply(id, result, null);
    } catch (RpcException e) {
      LOG.debug("{} failed: {} {}", name, e.code(), e.getMessage());
      return Reply.failed(Responses.error(id, e));
    } catch (UnprovenStateException e) {
      // A forked state's read that did not prove: the user's upstream is at fault, and the reason is theirs to see.
      LOG.warn("{} failed: {}", name, e.getMessage());
      return Reply.failed(Responses.error(id, RpcException.server(e.getMessage())));
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("Internal error in {}", name, e);
      return Reply.failed(Responses.error(id, RpcException.INTERNAL_ERROR, "internal error", null));
    } finally {
      metrics.onRequest(label, System.nanoTime() - start, failed);
    }
  }

  private static RpcParams params(JsonNode raw) {
    if (raw == null || raw.isNull()) {
      return RpcParams.EMPTY;
    }
    if (!raw.isArray()) {
      throw RpcException.invalidParams("non-array args: params must be a JSON array");
    }
    return new RpcParams(raw);
  }

  private byte[] write(JsonNode response) {
    try {
      return mapper.writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialize", e);
    }
  }
}
