package org.peerchain.testnet.layout;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders node.toml: flat {@code key = value} lines whose keys are {@code peerchain node} option
 * names, in the order given, so the same inputs give the same file byte for byte.
 */
public final class NodeConfigToml {
  private NodeConfigToml() {}

  public static String render(Map<String, Object> values) {
    StringBuilder out = new StringBuilder("# Written by 'peerchain testnet up'; keys are 'peerchain node' option names.\n");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      out.append(e.getKey()).append(" = ").append(value(e.getValue())).append('\n');
    }
    return out.toString();
  }

  private static String value(Object v) {
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof List<?> list) {
      return list.stream().map(NodeConfigToml::value).collect(Collectors.joining(", ", "[", "]"));
    }
    return quote(v.toString());
  }

  /** A TOML basic string: backslash and quote escaped, control characters as \\uXXXX. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
