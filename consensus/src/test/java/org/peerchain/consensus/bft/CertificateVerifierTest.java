package org.peerchain.consensus.bft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.Hash;

class CertificateVerifierTest {
  private final BftTestKit kit = new BftTestKit(new long[] {1, 1, 1, 3});
  private final CertificateVerifier verifier = CertificateVerifier.secp256k1();
  private final Block block = kit.blockOf(4, 1, "A");

  private CommitSignature sig(KeyPair k, int round, VoteType type) {
    return new CommitSignature(k.address(),
        BftTestKit.vote(k, type, 4, round, Optional.of(block.hash())).signature());
  }

  private Optional<String> verify(List<CommitSignature> sigs) {
    return verifier.verify(new CommitCertificate(4, 1, block.hash(), sigs), block, kit.validators, BftTestKit.DOMAIN);
  }

  @Test
  void acceptsMoreThanTwoThirdsOfThePower() {
    // powers 1 + 3 = 4 of 6 is not more than 2/3; 1 + 1 + 3 = 5 is.
    assertThat(verify(List.of(sig(kit.keys.get(0), 1, VoteType.PRECOMMIT), sig(kit.keys.get(3), 1, VoteType.PRECOMMIT))))
        .hasValueSatisfying(e -> assertThat(e).contains("more than 2/3"));
    assertThat(verify(List.of(sig(kit.keys.get(0), 1, VoteType.PRECOMMIT), sig(kit.keys.get(1), 1, VoteType.PRECOMMIT),
        sig(kit.keys.get(3), 1, VoteType.PRECOMMIT)))).isEmpty();
  }

  @Test
  void rejectsOutsidersWrongRoundsPrevotesAndOtherBlocks() {
    List<CommitSignature> good = List.of(sig(kit.keys.get(0), 1, VoteType.PRECOMMIT),
        sig(kit.keys.get(1), 1, VoteType.PRECOMMIT), sig(kit.keys.get(3), 1, VoteType.PRECOMMIT));
    assertThat(verify(List.of(good.get(0), good.get(1), good.get(2), sig(BftTestKit.outsider(), 1, VoteType.PRECOMMIT))))
        .hasValueSatisfying(e -> assertThat(e).contains("not a validator"));
    assertThat(verify(List.of(good.get(0), good.get(1), sig(kit.keys.get(3), 0, VoteType.PRECOMMIT))))
        .hasValueSatisfying(e -> assertThat(e).contains("not a valid precommit"));
    assertThat(verify(List.of(good.get(0), good.get(1), sig(kit.keys.get(3), 1, VoteType.PREVOTE))))
        .hasValueSatisfying(e -> assertThat(e).contains("not a valid precommit"));
    Block other = kit.blockOf(4, 1, "B");
    assertThat(verifier.verify(new CommitCertificate(4, 1, block.hash(), good), other, kit.validators,
        BftTestKit.DOMAIN)).isPresent();
    assertThat(verifier.verify(new CommitCertificate(5, 1, block.hash(), good), block, kit.validators,
        BftTestKit.DOMAIN)).hasValueSatisfying(e -> assertThat(e).contains("height"));
    assertThat(verifier.verify(new CommitCertificate(4, 1, block.hash(), good), block, kit.validators,
        new SigningDomain(BftTestKit.CHAIN_ID + 1, BftTestKit.GENESIS))).isPresent();
    assertThat(verifier.verify(new CommitCertificate(4, 1, block.hash(), good), block, kit.validators,
        new SigningDomain(BftTestKit.CHAIN_ID, Hash.ZERO))).as("same chain id, another genesis").isPresent();
  }
}
