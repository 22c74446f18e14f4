package org.peerchain.testnet.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * testnet.json text and back. Every node carries its URLs and P2P address too (derived, ignored
 * when read) so that scripts need no knowledge of the port scheme.
 */
public final class ManifestCodec {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ManifestCodec() {}

  public static String toJson(Manifest m) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", m.version());
    root.put("chainId", m.chainId());
    root.put("basePort", m.basePort());
    root.put("heapMb", m.heapMb());
    root.put("mnemonic", m.mnemonic());
    root.put("accountBalanceWei", m.accountBalanceWei());
    ArrayNode nodes = root.putArray("nodes");
    for (NodeEntry n : m.nodes()) {
      ObjectNode o = nodes.addObject();
      o.put("name", n.name());
      o.put("role", n.role().label());
      o.put("index", n.index());
      o.put("dir", n.dir().toString());
      o.put("config", n.configFile().toString());
      o.put("log", n.logFile().toString());
      o.put("p2pPort", n.p2pPort());
      o.put("rpcPort", n.rpcPort());
      o.put("metricsPort", n.metricsPort());
      o.put("rpcUrl", n.rpcUrl());
      o.put("wsUrl", n.wsUrl());
      o.put("p2pAddress", n.p2pAddress());
      o.put("nodeId", n.nodeId());
      n.validatorAddress().ifPresentOrElse(a -> o.put("validatorAddress", a), () -> o.putNull("validatorAddress"));
      if (n.pid().isPresent()) {
        o.put("pid", n.pid().getAsLong());
      } else {
        o.putNull("pid");
      }
    }
    m.linkProxy().ifPresent(l -> {
      ObjectNode o = root.putObject("linkProxy");
      if (l.pid().isPresent()) {
        o.put("pid", l.pid().getAsLong());
      } else {
        o.putNull("pid");
      }
    });
    ArrayNode accounts = root.putArray("accounts");
    for (AccountEntry a : m.accounts()) {
      accounts.addObject().put("index", a.index()).put("address", a.address()).put("privateKey", a.privateKey());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }

  /** @throws IllegalArgumentException naming the first missing or malformed field */
  public static Manifest fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    int version = (int) number(root, "version");
    if (version != Manifest.VERSION) {
      throw new IllegalArgumentException("version " + version + " is not supported (expected " + Manifest.VERSION + ")");
    }
    List<NodeEntry> nodes = new ArrayList<>();
    for (JsonNode n : array(root, "nodes")) {
      nodes.add(node(n));
    }
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no nodes");
    }
    List<AccountEntry> accounts = new ArrayList<>();
    for (JsonNode a : array(root, "accounts")) {
      accounts.add(new AccountEntry((int) number(a, "index"), text(a, "address"), text(a, "privateKey")));
    }
    Optional<LinkProxyEntry> linkProxy = Optional.empty();
    JsonNode proxy = root.get("linkProxy");
    if (proxy != null && !proxy.isNull()) {
      JsonNode pid = proxy.get("pid");
      linkProxy = Optional.of(new LinkProxyEntry(pid == null || pid.isNull() ? OptionalLong.empty()
          : OptionalLong.of(number(proxy, "pid"))));
    }
    return new Manifest(version, number(root, "chainId"), (int) number(root, "basePort"), (int) number(root, "heapMb"),
        text(root, "mnemonic"), text(root, "accountBalanceWei"), nodes, accounts, linkProxy);
  }

  private static NodeEntry node(JsonNode n) {
    NodeRole role;
    try {
      role = NodeRole.parse(text(n, "role"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("node " + n.path("name").asText("?") + ": " + e.getMessage());
    }
    JsonNode validator = n.get("validatorAddress");
    JsonNode pid = n.get("pid");
    return new NodeEntry(text(n, "name"), role, (int) number(n, "index"), Path.of(text(n, "dir")),
        port(n, "p2pPort"), port(n, "rpcPort"), port(n, "metricsPort"), text(n, "nodeId"),
        validator == null || validator.isNull() ? Optional.empty() : Optional.of(validator.asText()),
        pid == null || pid.isNull() ? OptionalLong.empty() : OptionalLong.of(number(n, "pid")));
  }

  private static int port(JsonNode n, String field) {
    long port = number(n, field);
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("'" + field + "' is not a TCP port: " + port);
    }
    return (int) port;
  }

  private static JsonNode array(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException("'" + field + "' must be a list");
    }
    return v;
  }

  private static long number(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
      throw new IllegalArgumentException("'" + field + "' must be a whole number");
    }
    return v.asLong();
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string");
    }
    return v.asText();
  }
}
