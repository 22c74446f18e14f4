package org.peerchain.node.cli.keys;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.keys.KeystoreCodec;
import org.peerchain.core.keys.KeystoreFile;
import org.peerchain.core.types.Address;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peerchain keys address}: the account address of a keystore, a raw key file or a hex key. */
@Command(
    name = "address",
    mixinStandardHelpOptions = true,
    description = {
      "Print the address of a key: a keystore v3 file (its address field, or decrypted with",
      "--password-file when it has none), a file holding a hex private key, or --private-key HEX."
    })
public final class KeysAddressCommand implements Callable<Integer> {

  static final class Source {
    @Parameters(paramLabel = "FILE", description = "A keystore v3 JSON file or a file with a hex private key.")
    Path file;

    @Option(names = "--private-key", paramLabel = "HEX", description = "A 32-byte hex private key.")
    String privateKey;
  }

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "Decrypt a keystore that has no address field with the first line of FILE.")
  private Path passwordFile;

  @Override
  public Integer call() {
    Address address = source.privateKey != null ? fromPrivateKey(source.privateKey) : fromFile(source.file);
    spec.commandLine().getOut().println(address.toChecksumString());
    return 0;
  }

  private Address fromFile(Path file) {
    String content = KeyFiles.read(file).strip();
    if (!content.startsWith("{")) {
      return fromPrivateKey(content);
    }
    KeystoreFile keystore = KeystoreCodec.decode(content);
    if (keystore.address().isPresent() && passwordFile == null) {
      return keystore.address().get();
    }
    // Decrypting also proves that the stored address belongs to the key (KeystoreV3 checks it).
    return Secp256k1.get().publicKey(KeyFiles.privateKey(file, passwordFile)).address();
  }

  private static Address fromPrivateKey(String hex) {
    return Secp256k1.get().publicKey(PrivateKey.fromHexString(hex)).address();
  }
}
