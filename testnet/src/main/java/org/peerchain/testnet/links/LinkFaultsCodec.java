package org.peerchain.testnet.links;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** link-faults.json text and back: {@code {"version":1,"links":[{"from","to","cut","stalled","latencyMs","jitterMs"}]}}. */
public final class LinkFaultsCodec {
  public static final int VERSION = 1;
  /** Far above what 4,032 rules take; a longer file is refused before it is parsed. */
  public static final int MAX_CHARS = 1 << 20;
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private LinkFaultsCodec() {}

  public static String toJson(LinkFaults faults) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", VERSION);
    ArrayNode links = root.putArray("links");
    faults.sorted().forEach((link, rule) -> links.addObject().put("from", link.from()).put("to", link.to())
        .put("cut", rule.cut()).put("stalled", rule.stalled()).put("latencyMs", rule.latencyMs())
        .put("jitterMs", rule.jitterMs()));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }

  /** @throws IllegalArgumentException naming what is wrong */
  public static LinkFaults fromJson(String json) {
    if (json.length() > MAX_CHARS) {
      throw new IllegalArgumentException("longer than " + MAX_CHARS + " characters");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject() || root.path("version").asInt(-1) != VERSION) {
      throw new IllegalArgumentException("not a version " + VERSION + " link faults object");
    }
    JsonNode links = root.get("links");
    if (links == null || !links.isArray()) {
      throw new IllegalArgumentException("'links' is not an array");
    }
    if (links.size() > LinkFaults.MAX_RULES) {
      throw new IllegalArgumentException(links.size() + " links, at most " + LinkFaults.MAX_RULES);
    }
    Map<Link, LinkRule> rules = new LinkedHashMap<>();
    for (JsonNode l : links) {
      Link link = new Link(text(l, "from"), text(l, "to"));
      LinkRule rule = new LinkRule(bool(l, "cut"), bool(l, "stalled"), number(l, "latencyMs"), number(l, "jitterMs"));
      if (rules.put(link, rule) != null) {
        throw new IllegalArgumentException("link " + link + " is named twice");
      }
    }
    return new LinkFaults(rules);
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty() || v.asText().length() > 64) {
      throw new IllegalArgumentException("'" + field + "' is not a node name");
    }
    return v.asText();
  }

  private static boolean bool(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isBoolean()) {
      throw new IllegalArgumentException("'" + field + "' is not true or false");
    }
    return v.asBoolean();
  }

  private static long number(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
      throw new IllegalArgumentException("'" + field + "' is not a whole number");
    }
    return v.asLong();
  }
}
