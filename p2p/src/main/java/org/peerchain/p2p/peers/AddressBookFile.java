package org.peerchain.p2p.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerchain.p2p.identity.PeerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address book on disk: {@code <dataDir>/peers.json}, {@code {"version":2,"peers":[{"address":
 * "peerchain://…","lastSeen":millis,"failures":n,"source":"ip"}]}} ({@code source} only on learned
 * entries). Loading puts every entry through the book's own rules (tried entries first, most
 * recently seen first), so the file can never hold more, or worse, than the live book would: a
 * learned entry without its source is dropped. A damaged or oversized file is reported and
 * ignored (the node starts from its bootnodes), never fatal.
 */
public final class AddressBookFile {
  private static final Logger LOG = LoggerFactory.getLogger(AddressBookFile.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String FILE_NAME = "peers.json";
  /** Far above what a book of the largest sensible size writes. */
  static final long MAX_FILE_BYTES = 16L << 20;
  static final int MAX_ENTRIES_READ = 100_000;

  private final Path file;

  public AddressBookFile(Path dataDir) {
    this.file = dataDir.resolve(FILE_NAME);
  }

  public Path path() {
    return file;
  }

  /** Adds the saved entries that the book's rules admit to {@code book}; returns by how many entries the book grew. */
  public int loadInto(AddressBook book) {
    if (!Files.exists(file)) {
      return 0;
    }
    List<AddressBook.Entry> read = new ArrayList<>();
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        LOG.warn("Ignoring address book {}: larger than {} bytes", file, MAX_FILE_BYTES);
        return 0;
      }
      JsonNode root = JSON.readTree(file.toFile());
      JsonNode peers = root == null ? null : root.get("peers");
      if (peers == null || !peers.isArray()) {
        LOG.warn("Ignoring address book {}: it has no peers array", file);
        return 0;
      }
      for (int i = 0; i < peers.size() && i < MAX_ENTRIES_READ; i++) {
        parse(peers.get(i)).ifPresent(read::add);
      }
    } catch (IOException e) {
      LOG.warn("Ignoring address book {}: {}", file, e.getMessage());
      return 0;
    }
    read.sort(Comparator.comparing(AddressBook.Entry::tried).reversed()
        .thenComparing(Comparator.comparingLong(AddressBook.Entry::lastSeenMillis).reversed()));
    int before = book.size();
    read.forEach(book::restore);
    // Counted at the end: a later entry may have taken the place of an earlier one.
    int kept = book.size() - before;
    if (kept < read.size()) {
      LOG.info("Address book {}: kept {} of {} entries under the address book rules", file, kept, read.size());
    }
    return kept;
  }

  private Optional<AddressBook.Entry> parse(JsonNode p) {
    try {
      PeerAddress a = PeerAddress.parse(p.path("address").asText());
      if (a.id().isEmpty()) {
        return Optional.empty();
      }
      Optional<InetAddress> source = p.hasNonNull("source")
          ? Optional.of(IpRanges.literal(p.get("source").asText())
              .orElseThrow(() -> new IllegalArgumentException("source is not an IP address")))
          : Optional.empty();
      return Optional.of(new AddressBook.Entry(a, Math.max(0, p.path("lastSeen").asLong()),
          Math.max(0, p.path("failures").asInt()), source));
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignoring an entry of address book {}: {}", file, e.getMessage());
      return Optional.empty();
    }
  }

  /** Writes the book atomically (a crash leaves the old file or the new one). */
  public void save(AddressBook book) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 2);
    ArrayNode peers = root.putArray("peers");
    for (AddressBook.Entry e : book.entries()) {
      ObjectNode p = peers.addObject()
          .put("address", e.address().toString())
          .put("lastSeen", e.lastSeenMillis())
          .put("failures", e.failures());
      e.source().ifPresent(s -> p.put("source", s.getHostAddress()));
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
