package org.peerchain.rpc.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The explorer's script and stylesheet, read from the classpath once: a fixed set, so no path reaches a file. */
final class Assets {
  record Asset(String contentType, byte[] bytes) {}

  private static final Map<String, String> TYPES = Map.of(
      "explorer.js", "text/javascript; charset=utf-8",
      "explorer.css", "text/css; charset=utf-8");

  private final Map<String, Asset> assets;

  Assets() {
    this.assets = Map.copyOf(TYPES.entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, e -> new Asset(e.getValue(), read(e.getKey())))));
  }

  Optional<Asset> get(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("explorer asset " + name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
