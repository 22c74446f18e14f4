package org.peerchain.node.cli.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.keys.KeystoreCodec;
import org.peerchain.core.keys.KeystoreV3;

/** Key files as people keep them: a keystore v3 JSON file, or a file holding one hex private key. */
public final class KeyFiles {
  private static final long MAX_KEY_FILE_BYTES = 64 * 1024;

  private KeyFiles() {}

  /**
   * The private key in {@code file}. A keystore is decrypted with the first line of
   * {@code passwordFile}, or a terminal prompt when that is null.
   *
   * @throws IllegalArgumentException with a message for people when the file is not a key, or the
   *     password is wrong
   */
  public static PrivateKey privateKey(Path file, Path passwordFile) {
    String content = read(file).strip();
    if (!content.startsWith("{")) {
      return PrivateKey.fromHexString(content);
    }
    String password = passwordFile != null ? PasswordSource.fromFile(passwordFile) : PasswordSource.prompt(file.toString());
    return KeystoreV3.decrypt(KeystoreCodec.decode(content), password);
  }

  /** The file's text; refuses what is too large to be a key file rather than reading it whole. */
  static String read(Path file) {
    try {
      if (Files.size(file) > MAX_KEY_FILE_BYTES) {
        throw new IllegalArgumentException("not a key file (larger than 64 KiB): " + file);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("file not found: " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
