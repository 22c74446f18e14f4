package org.peerchain.p2p.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node key: a secp256k1 key in {@code <dataDir>/node.key} (64 hex digits, mode 0600) whose
 * public key is the node id. It only authenticates connections; it never holds funds.
 */
public final class NodeKey {
  private static final Logger LOG = LoggerFactory.getLogger(NodeKey.class);

  public static final String FILE_NAME = "node.key";

  private NodeKey() {}

  /** Reads the node key, or creates it (and the data directory) on first start. */
  public static KeyPair loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        return Secp256k1.get().keyPair(read(file));
      }
      Files.createDirectories(dataDir);
      PrivateKey key = PrivateKey.random(new SecureRandom());
      write(file, key);
      KeyPair pair = Secp256k1.get().keyPair(key);
      LOG.info("Created node key {} with node id {}", file, nodeId(pair));
      return pair;
    } catch (FileAlreadyExistsException e) {
      // Another process created it between our check and our write: use theirs.
      return Secp256k1.get().keyPair(read(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the node key " + file + ": " + e.getMessage(), e);
    }
  }

  public static PeerId nodeId(KeyPair key) {
    return PeerId.of(key.publicKey());
  }

  private static PrivateKey read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the node key " + file + ": " + e.getMessage(), e);
    }
    try {
      return PrivateKey.fromHexString(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("node key " + file + " is invalid: " + e.getMessage(), e);
    }
  }

  private static void write(Path file, PrivateKey key) throws IOException {
    String hex = key.bytes().toHexString().substring(2) + "\n";
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: create it plainly.
      Files.createFile(file);
    }
    Files.writeString(file, hex, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
