package org.peerchain.node.cli.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.keys.KdfPreset;
import org.peerchain.core.keys.KeystoreCodec;
import org.peerchain.core.keys.KeystoreFile;
import org.peerchain.core.keys.KeystoreFileName;
import org.peerchain.core.keys.KeystoreV3;
import org.peerchain.core.types.Address;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peerchain keys new}: a fresh key in an Ethereum keystore v3 file. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Create a new account key and write it encrypted as an Ethereum keystore v3 file",
      "(readable by geth, web3j, ethers and MetaMask). Prints the address and the file."
    })
public final class KeysNewCommand implements Callable<Integer> {

  /** Keystore kdf strength, named as the user types it. */
  enum Kdf {
    standard(KdfPreset.SCRYPT_STANDARD),
    light(KdfPreset.SCRYPT_LIGHT),
    pbkdf2(KdfPreset.PBKDF2);

    final KdfPreset preset;

    Kdf(KdfPreset preset) {
      this.preset = preset;
    }
  }

  @Spec private CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the keystore. A directory gets geth's file name"
          + " (UTC--<time>--<address>). Default: that name in the current directory.")
  private Path out;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "Read the password from the first line of FILE. Without it, the password is asked on the terminal.")
  private Path passwordFile;

  @Option(names = "--kdf", paramLabel = "KIND", defaultValue = "standard",
      description = "Key derivation: standard (scrypt n=2^18, as geth), light (scrypt n=2^12, fast, for tests) or pbkdf2. Default: ${DEFAULT-VALUE}.")
  private Kdf kdf;

  @Override
  public Integer call() throws IOException {
    String password = passwordFile != null ? PasswordSource.fromFile(passwordFile) : PasswordSource.promptNew();
    SecureRandom random = new SecureRandom();
    PrivateKey key = PrivateKey.random(random);
    Address address = Secp256k1.get().publicKey(key).address();
    KeystoreFile keystore = KeystoreV3.encrypt(key, password, kdf.preset, random);
    Path target = resolveTarget(address);
    writeOwnerOnly(target, KeystoreCodec.encode(keystore));
    spec.commandLine().getOut().println("Address: " + address.toChecksumString());
    spec.commandLine().getOut().println("Keystore: " + target);
    return 0;
  }

  private Path resolveTarget(Address address) {
    String name = KeystoreFileName.of(address, Instant.now());
    if (out == null) {
      return Path.of(name);
    }
    return Files.isDirectory(out) ? out.resolve(name) : out;
  }

  /** Keystores are secrets: never overwrite one, and let only the owner read it, as geth does. */
  private static void writeOwnerOnly(Path target, String json) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("directory does not exist: " + parent);
    }
    try {
      Files.createFile(target);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException("file exists, not overwriting it: " + target);
    }
    try {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // A file system without POSIX permissions (e.g. on Windows) keeps its default access rules.
    }
    Files.writeString(target, json, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
  }
}
