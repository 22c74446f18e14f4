package org.peerchain.consensus.bft.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The worked examples of docs/protocol.md §9, recomputed: the document cannot drift from the code.
 *
 * <p>An example sits between {@code <!-- example NAME -->} and {@code <!-- /example -->}. Inside its
 * fence, each line holds hex bytes and an optional {@code # comment}; the bytes of all lines, in
 * order, are the example's bytes. A line {@code keccak256: 0x...} gives the hash of those bytes.
 */
class SigningBytesDocTest {
  private static final Path DOC = Path.of("..", "docs", "protocol.md");

  static final SigningDomain DOMAIN = new SigningDomain(1337, Hash.fromHexString("0x" + "ab".repeat(32)));
  static final Hash BLOCK = Hash.fromHexString("0x" + "cd".repeat(32));
  /** Account 0 of the well-known dev mnemonic (0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266). */
  static final KeyPair KEY = Secp256k1.get().keyPair(
      PrivateKey.fromHexString("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));

  private record Example(Bytes bytes, Optional<Hash> keccak) {}

  @Test
  void prevoteExample() throws IOException {
    Bytes preimage = SigningBytes.votePreimage(DOMAIN, VoteType.PREVOTE, 5, 2, Optional.of(BLOCK));
    assertExample("prevote", preimage);
  }

  @Test
  void precommitExampleIsWhatACertificateSignatureSigns() throws IOException {
    Bytes preimage = SigningBytes.votePreimage(DOMAIN, VoteType.PRECOMMIT, 5, 2, Optional.of(BLOCK));
    assertExample("precommit", preimage);
    assertThat(SigningBytes.precommit(DOMAIN, 5, 2, BLOCK)).isEqualTo(hashOf(preimage));
  }

  @Test
  void nilPrevoteExample() throws IOException {
    assertExample("nil-prevote", SigningBytes.votePreimage(DOMAIN, VoteType.PREVOTE, 5, 2, Optional.empty()));
  }

  @Test
  void proposalExample() throws IOException {
    assertExample("proposal", SigningBytes.proposalPreimage(DOMAIN, 5, 3, BLOCK, -1));
  }

  @Test
  void signedPrevoteOnTheWire() throws IOException {
    Hash signing = SigningBytes.vote(DOMAIN, VoteType.PREVOTE, 5, 2, Optional.of(BLOCK));
    Signature sig = Secp256k1.get().sign(signing, KEY.privateKey());
    Vote vote = new Vote(VoteType.PREVOTE, 5, 2, Optional.of(BLOCK), KEY.address(), sig);
    assertThat(KEY.address()).isEqualTo(Address.fromHexString("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    assertThat(MessageVerifier.secp256k1().verify(DOMAIN, vote)).isTrue();
    Example doc = example("prevote-wire");
    assertThat(doc.bytes().toHexString()).as("docs/protocol.md example prevote-wire")
        .isEqualTo(ConsensusMessageCodec.encode(vote).toHexString());
    assertThat(ConsensusMessageCodec.decode(doc.bytes())).isEqualTo(vote);
  }

  private static void assertExample(String name, Bytes preimage) throws IOException {
    Example doc = example(name);
    assertThat(doc.bytes().toHexString()).as("docs/protocol.md example %s: preimage", name)
        .isEqualTo(preimage.toHexString());
    assertThat(doc.keccak()).as("docs/protocol.md example %s: keccak256", name).contains(hashOf(preimage));
  }

  private static Hash hashOf(Bytes preimage) {
    return org.peerchain.core.crypto.Keccak.hash(preimage);
  }

  private static Example example(String name) throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    int start = lines.indexOf("<!-- example " + name + " -->");
    assertThat(start).as("marker of example %s in %s", name, DOC.toAbsolutePath()).isNotNegative();
    StringBuilder hex = new StringBuilder();
    Optional<Hash> keccak = Optional.empty();
    for (int i = start + 1; !lines.get(i).equals("<!-- /example -->"); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        continue;
      }
      if (line.startsWith("keccak256:")) {
        keccak = Optional.of(Hash.fromHexString(line.substring("keccak256:".length()).strip()));
        continue;
      }
      int comment = line.indexOf('#');
      hex.append((comment < 0 ? line : line.substring(0, comment)).replaceAll("\\s+", ""));
    }
    return new Example(Bytes.fromHexString(hex.toString()), keccak);
  }
}
