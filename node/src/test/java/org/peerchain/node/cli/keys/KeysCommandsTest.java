package org.peerchain.node.cli.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.keys.KeystoreCodec;
import org.peerchain.core.keys.KeystoreV3;
import org.peerchain.node.cli.PeerchainCli;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.WalletUtils;

class KeysCommandsTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PeerchainCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void devPrintsTheWellKnownAccounts() {
    assertThat(run("keys", "dev")).isZero();
    assertThat(out.toString())
        .contains("test test test test test test test test test test test junk")
        .contains("(0) 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266  "
            + "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
        .contains("(9) 0xa0Ee7A142d267C1f36714E4a8F75612F20a79720")
        .doesNotContain("(10)");
  }

  @Test
  void devCountIsBounded() {
    assertThat(run("keys", "dev", "--count", "20")).isZero();
    assertThat(out.toString()).contains("(19) 0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199");
    assertThat(run("keys", "dev", "--count", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--count must be between 1 and 1000").doesNotContain("Exception");
    assertThat(run("keys", "dev", "--count", "many")).isEqualTo(2);
  }

  @Test
  void addressOfAPrivateKey() {
    assertThat(run("keys", "address", "--private-key",
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")).isZero();
    assertThat(out.toString().strip()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  }

  @Test
  void badPrivateKeyIsOneLineWithoutTheSecret() {
    assertThat(run("keys", "address", "--private-key", "0xnothex")).isEqualTo(1);
    assertThat(err.toString()).startsWith("peerchain: ").contains("not valid hex")
        .doesNotContain("nothex").doesNotContain("at org.");
    assertThat(run("keys", "address")).isEqualTo(2);
  }

  @Test
  void newWritesAKeystoreThatWeb3jOpens() throws Exception {
    Path password = Files.writeString(dir.resolve("pw.txt"), "correct horse\n");
    Path target = dir.resolve("key.json");
    assertThat(run("keys", "new", "--kdf", "light", "--password-file", password.toString(),
        "--out", target.toString())).isZero();
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

    Credentials web3j = WalletUtils.loadCredentials("correct horse", target.toFile());
    assertThat(out.toString()).contains("Address: " + org.web3j.crypto.Keys.toChecksumAddress(web3j.getAddress()));

    // keys address reads the file's address field, and checks it by decrypting when given the password.
    out.getBuffer().setLength(0);
    assertThat(run("keys", "address", target.toString())).isZero();
    String fromField = out.toString().strip();
    out.getBuffer().setLength(0);
    assertThat(run("keys", "address", target.toString(), "--password-file", password.toString())).isZero();
    assertThat(out.toString().strip()).isEqualTo(fromField).isEqualToIgnoringCase(web3j.getAddress());
  }

  @Test
  void newRefusesToOverwriteAndNamesAMissingPasswordFile() throws Exception {
    Path password = Files.writeString(dir.resolve("pw.txt"), "pw");
    Path existing = Files.writeString(dir.resolve("taken.json"), "{}");
    assertThat(run("keys", "new", "--kdf", "light", "--password-file", password.toString(),
        "--out", existing.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("not overwriting");
    assertThat(Files.readString(existing)).isEqualTo("{}");

    assertThat(run("keys", "new", "--password-file", dir.resolve("missing").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("password file not found");
  }

  @Test
  void newIntoADirectoryUsesGethsFileName() throws Exception {
    Path password = Files.writeString(dir.resolve("pw.txt"), "pw");
    Path keys = Files.createDirectory(dir.resolve("keystore"));
    assertThat(run("keys", "new", "--kdf", "light", "--password-file", password.toString(),
        "--out", keys.toString())).isZero();
    try (var files = Files.list(keys)) {
      Path written = files.findFirst().orElseThrow();
      assertThat(written.getFileName().toString())
          .matches("UTC--\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d+Z--[0-9a-f]{40}");
      assertThat(KeystoreV3.decrypt(Files.readString(written), "pw")).isNotNull();
      assertThat(KeystoreCodec.decode(Files.readString(written)).address()).isPresent();
    }
  }

  @Test
  void addressOfARawKeyFileAndOfAWrongPassword() throws Exception {
    Path raw = Files.writeString(dir.resolve("validator.key"),
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\n");
    assertThat(run("keys", "address", raw.toString())).isZero();
    assertThat(out.toString().strip()).isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    Path password = Files.writeString(dir.resolve("pw.txt"), "right");
    Path wrong = Files.writeString(dir.resolve("wrong.txt"), "wrong");
    Path target = dir.resolve("k.json");
    assertThat(run("keys", "new", "--kdf", "light", "--password-file", password.toString(),
        "--out", target.toString())).isZero();
    assertThat(run("keys", "address", target.toString(), "--password-file", wrong.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("could not decrypt key with given password");
  }
}
