package org.peerchain.node.fork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC over HTTP to the node a fork reads from. Every call is bounded: connecting, the whole
 * answer within the call timeout, and its size (see {@link UpstreamLimits}). Nothing it returns is
 * trusted; callers verify it.
 */
public final class UpstreamClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_URL_LENGTH = 2048;

  private final URI url;
  private final UpstreamLimits limits;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();

  public UpstreamClient(URI url, UpstreamLimits limits) {
    this.url = url;
    this.limits = limits;
    // No redirects: the user named this node, and a redirect could move reads elsewhere unseen.
    // HTTP/1.1: no h2c upgrade round trip to a plain JSON-RPC server.
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(limits.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
   */
  public static URI parseUrl(String url) {
    if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
      throw new IllegalArgumentException("fork URL must be an http(s) URL of at most " + MAX_URL_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fork URL is not a URL: " + e.getMessage());
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("fork URL must be http://host:port or https://host:port, got " + url);
    }
    return uri;
  }

  public URI url() {
    return url;
  }

  /**
   * The call's result; {@code null} results come back as a JSON null node.
   *
   * @throws ForkException on a transport failure, timeout, oversized or malformed answer, or a
   *     JSON-RPC error
   */
  public JsonNode call(String method, Object... params) {
    long id = ids.incrementAndGet();
    ObjectNode request = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object p : params) {
      array.add(MAPPER.valueToTree(p));
    }
    byte[] body = send(method, request);
    JsonNode answer;
    try {
      answer = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new ForkException("upstream " + url + " answered " + method + " with malformed JSON");
    }
    if (answer == null || !answer.isObject() || answer.path("id").asLong(-1) != id) {
      throw new ForkException("upstream " + url + " answered " + method + " without a JSON-RPC response of id " + id);
    }
    if (answer.has("error")) {
      JsonNode error = answer.get("error");
      throw new ForkException("upstream " + url + " answered " + method + " with error " + error.path("code").asText()
          + ": " + abbreviate(error.path("message").asText()));
    }
    if (!answer.has("result")) {
      throw new ForkException("upstream " + url + " answered " + method + " with neither result nor error");
    }
    return answer.get("result");
  }

  private byte[] send(String method, ObjectNode request) {
    HttpRequest http;
    try {
      http = HttpRequest.newBuilder(url).timeout(limits.callTimeout()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(request))).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON request failed to serialize", e);
    }
    CompletableFuture<HttpResponse<byte[]>> pending = this.http.sendAsync(http, BoundedBody.handler(limits.maxResponseBytes()));
    HttpResponse<byte[]> response;
    try {
      // The request timeout covers the headers only; this one covers a body that trickles too.
      response = pending.get(limits.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw timedOut(method);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new ForkException("interrupted while waiting for upstream " + url);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        throw timedOut(method);
      }
      if (cause instanceof ForkException fork) {
        throw new ForkException(method + ": " + fork.getMessage(), fork);
      }
      throw new ForkException("upstream " + url + " failed on " + method + ": " + cause, cause);
    }
    if (response.statusCode() != 200) {
      throw new ForkException("upstream " + url + " answered " + method + " with HTTP " + response.statusCode());
    }
    return response.body();
  }

  private ForkException timedOut(String method) {
    return new ForkException("upstream " + url + " did not answer " + method + " within " + limits.callTimeout().toMillis()
        + " ms");
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
