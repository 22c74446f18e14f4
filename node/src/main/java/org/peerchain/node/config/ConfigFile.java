package org.peerchain.node.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A TOML config file whose keys are the command's long option names without the dashes
 * ({@code rpc-port = 8545}). Values are kept as the strings picocli would get on the command line,
 * so the file goes through the same converters and checks as flags: arrays become comma-separated
 * lists, booleans and numbers their literal text. Tables are refused: the option names are flat.
 */
public final class ConfigFile {
  private static final TomlMapper TOML = new TomlMapper();

  private final Path path;
  private final Map<String, String> values;

  private ConfigFile(Path path, Map<String, String> values) {
    this.path = path;
    this.values = Collections.unmodifiableMap(values);
  }

  /** @throws ConfigException when the file is missing, unreadable, not TOML, or holds a table */
  public static ConfigFile read(Path path) {
    String text;
    try {
      text = Files.readString(path);
    } catch (NoSuchFileException e) {
      throw new ConfigException("config file " + path + " does not exist");
    } catch (IOException e) {
      throw new ConfigException("config file " + path + " cannot be read: " + e.getMessage());
    }
    return parse(path, text);
  }

  static ConfigFile parse(Path path, String text) {
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JacksonException e) {
      throw new ConfigException("config file " + path + " is not valid TOML: " + firstLine(e.getOriginalMessage())
          + location(e));
    }
    Map<String, String> values = new LinkedHashMap<>();
    if (root != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        values.put(field.getKey(), text(path, field.getKey(), field.getValue()));
      }
    }
    return new ConfigFile(path, values);
  }

  public Path path() {
    return path;
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public Set<String> keys() {
    return values.keySet();
  }

  private static String text(Path path, String key, JsonNode value) {
    if (value.isObject()) {
      throw new ConfigException("config file " + path + ": key '" + key
          + "' is a table; keys are option names, e.g. rpc-port = 8545");
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : value) {
        if (item.isContainerNode()) {
          throw new ConfigException("config file " + path + ": key '" + key + "' must be a list of plain values");
        }
        items.add(item.asText());
      }
      return String.join(",", items);
    }
    return value.asText();
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
