package org.peerchain.testnet.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whether nodes agree on the block at the lowest height they all have.
 *
 * @param hashes node name to its block hash at {@code height}
 */
public record Agreement(long height, Map<String, String> hashes) {
  public Agreement {
    hashes = new TreeMap<>(hashes);
  }

  public boolean agrees() {
    return new TreeSet<>(hashes.values()).size() <= 1;
  }

  public String describe() {
    if (hashes.isEmpty()) {
      return "agreement: no node is up";
    }
    if (agrees()) {
      return "agreement: all " + hashes.size() + " up nodes have block " + hashes.values().iterator().next()
          + " at the lowest common height #" + height;
    }
    List<String> parts = hashes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
    return "DISAGREEMENT at height #" + height + ": " + String.join(", ", parts);
  }
}
