package org.peerchain.p2p.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.peerchain.p2p.identity.PeerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address book on disk: {@code <dataDir>/peers.json},
 * {@code {"version":1,"peers":[{"address":"peerchain://…","lastSeen":millis,"failures":n}]}}.
 * A damaged file is reported and ignored (the node starts from its bootnodes), never fatal.
 */
public final class AddressBookFile {
  private static final Logger LOG = LoggerFactory.getLogger(AddressBookFile.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String FILE_NAME = "peers.json";

  private final Path file;

  public AddressBookFile(Path dataDir) {
    this.file = dataDir.resolve(FILE_NAME);
  }

  public Path path() {
    return file;
  }

  /** Adds the saved entries to {@code book}; returns how many were read. */
  public int loadInto(AddressBook book) {
    if (!Files.exists(file)) {
      return 0;
    }
    int loaded = 0;
    try {
      JsonNode root = JSON.readTree(file.toFile());
      JsonNode peers = root == null ? null : root.get("peers");
      if (peers == null || !peers.isArray()) {
        LOG.warn("Ignoring address book {}: it has no peers array", file);
        return 0;
      }
      for (JsonNode p : peers) {
        try {
          PeerAddress a = PeerAddress.parse(p.path("address").asText());
          if (a.id().isEmpty()) {
            continue;
          }
          book.restore(new AddressBook.Entry(a, Math.max(0, p.path("lastSeen").asLong()),
              Math.max(0, p.path("failures").asInt())));
          loaded++;
        } catch (IllegalArgumentException e) {
          LOG.warn("Ignoring an entry of address book {}: {}", file, e.getMessage());
        }
      }
    } catch (IOException e) {
      LOG.warn("Ignoring address book {}: {}", file, e.getMessage());
    }
    return loaded;
  }

  /** Writes the book atomically (a crash leaves the old file or the new one). */
  public void save(AddressBook book) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    ArrayNode peers = root.putArray("peers");
    for (AddressBook.Entry e : book.entries()) {
      peers.addObject()
          .put("address", e.address().toString())
          .put("lastSeen", e.lastSeenMillis())
          .put("failures", e.failures());
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Could not save the address book {}: {}", file, e.getMessage());
    }
  }
}
