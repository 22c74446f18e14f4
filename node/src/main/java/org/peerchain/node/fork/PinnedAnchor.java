package org.peerchain.node.fork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The first-use anchor of a kept data directory ({@value #FILE}), as SSH's known_hosts: written on
 * the first fork without an explicit anchor, and every later start's upstream must present the same
 * validator set, chain id and genesis hash.
 */
public final class PinnedAnchor {
  public static final String FILE = "fork-anchor.json";
  private static final long MAX_BYTES = 4L << 20;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PinnedAnchor() {}

  /**
   * The anchor to trust: the pinned one when {@code dir} has one and {@code presented} matches it,
   * else {@code presented} (pinned by {@link #pin} once the fork point verified).
   *
   * @throws ForkException when the upstream presents another chain than the pinned one, or the pin is corrupt
   */
  public static UpstreamAnchor check(Path dir, UpstreamAnchor presented) {
    Optional<UpstreamAnchor> pinned = read(dir);
    if (pinned.isEmpty()) {
      return presented;
    }
    if (!pinned.get().equals(presented)) {
      throw new ForkException("the upstream presents " + presented.describe() + ", but " + dir.resolve(FILE)
          + " pins " + pinned.get().describe() + " from the first fork of this data directory; if the network "
          + "really changed, pin it with --fork-genesis or --fork-validators, or use another --data-dir");
    }
    return pinned.get();
  }

  static Optional<UpstreamAnchor> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw corrupt(file, "larger than " + MAX_BYTES + " bytes");
      }
      JsonNode root = MAPPER.readTree(file.toFile());
      List<GenesisValidator> set = new ArrayList<>();
      for (JsonNode v : root.path("validators")) {
        set.add(new GenesisValidator(Address.fromHexString(v.path("address").asText()), v.path("power").asLong()));
      }
      SigningDomain domain = new SigningDomain(root.path("chainId").asLong(), Hash.fromHexString(root.path("genesisHash").asText()));
      return Optional.of(new UpstreamAnchor(ValidatorSet.of(set), domain));
    } catch (IOException | RuntimeException e) {
      if (e instanceof ForkException fork) {
        throw fork;
      }
      throw corrupt(file, e.getMessage());
    }
  }

  /** Pins {@code anchor} in {@code dir} unless it has a pin already. */
  public static void pin(Path dir, UpstreamAnchor anchor) {
    if (!Files.exists(dir.resolve(FILE))) {
      write(dir, anchor);
    }
  }

  static void write(Path dir, UpstreamAnchor anchor) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("chainId", anchor.domain().chainId());
    root.put("genesisHash", anchor.domain().genesisHash().toString());
    ArrayNode validators = root.putArray("validators");
    for (GenesisValidator v : anchor.validators().validators()) {
      validators.addObject().put("address", v.address().toHexString()).put("power", v.power());
    }
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(FILE + ".tmp");
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
      Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  private static ForkException corrupt(Path file, String why) {
    return new ForkException(file + " is not a readable fork anchor (" + why + "); remove it to trust the upstream anew");
  }
}
