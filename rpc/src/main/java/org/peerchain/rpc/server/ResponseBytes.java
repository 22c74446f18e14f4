package org.peerchain.rpc.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.peerchain.rpc.json.Json;

/**
 * A successful call's response written straight to bytes, the same bytes as serializing
 * {@link Responses#result}'s tree. The hot reads (eth_getBalance, eth_blockNumber, eth_chainId)
 * answer a short hex string to a numeric id: that shape is copied without any Jackson machinery;
 * every other shape streams through a generator, with no envelope tree.
 */
final class ResponseBytes {
  private static final byte[] HEAD = "{\"jsonrpc\":\"2.0\",\"id\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RESULT = ",\"result\":".getBytes(StandardCharsets.US_ASCII);
  /** Longer strings take the generator: the copy is for short quantities and hashes. */
  private static final int MAX_PLAIN = 256;

  private final ObjectMapper mapper;

  ResponseBytes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] result(JsonNode id, JsonNode result) {
    JsonNode idOrNull = id == null ? Json.NULL : id;
    if ((idOrNull.isInt() || idOrNull.isLong() || idOrNull.isNull() || isPlain(idOrNull)) && isPlain(result)) {
      return plain(idOrNull, result.textValue());
    }
    return streamed(idOrNull, result);
  }

  private static byte[] plain(JsonNode id, String result) {
    String idText = id.isNull() ? "null" : id.isTextual() ? id.textValue() : Long.toString(id.longValue());
    boolean quotedId = id.isTextual();
    byte[] out = new byte[HEAD.length + idText.length() + (quotedId ? 2 : 0) + RESULT.length + result.length() + 3];
    int at = copy(HEAD, out, 0);
    if (quotedId) {
      out[at++] = '"';
    }
    at = copyAscii(idText, out, at);
    if (quotedId) {
      out[at++] = '"';
    }
    at = copy(RESULT, out, at);
    out[at++] = '"';
    at = copyAscii(result, out, at);
    out[at++] = '"';
    out[at] = '}';
    return out;
  }

  /** A string Jackson writes as is: printable ASCII without a quote or a backslash. */
  private static boolean isPlain(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return false;
    }
    String s = node.textValue();
    if (s.length() > MAX_PLAIN) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Jackson escapes control characters, '"', '\\' and, by default, nothing else in ASCII.
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private byte[] streamed(JsonNode id, JsonNode result) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(256);
        JsonGenerator out = mapper.getFactory().createGenerator(bytes)) {
      out.writeStartObject();
      out.writeStringField("jsonrpc", "2.0");
      out.writeFieldName("id");
      mapper.writeTree(out, id);
      out.writeFieldName("result");
      mapper.writeTree(out, result == null ? Json.NULL : result);
      out.writeEndObject();
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree failed to serialize", e);
    }
  }

  private static int copy(byte[] from, byte[] to, int at) {
    System.arraycopy(from, 0, to, at, from.length);
    return at + from.length;
  }

  private static int copyAscii(String s, byte[] to, int at) {
    for (int i = 0; i < s.length(); i++) {
      to[at++] = (byte) s.charAt(i);
    }
    return at;
  }
}
