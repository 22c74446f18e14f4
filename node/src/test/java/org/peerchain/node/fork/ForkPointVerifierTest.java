package org.peerchain.node.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.Hash;

class ForkPointVerifierTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final BftTestKit kit = new BftTestKit(4);
  private final ForkPointVerifier verifier =
      new ForkPointVerifier(kit.validators, BftTestKit.DOMAIN, CertificateVerifier.secp256k1());
  private final Block block = BftTestKit.block(7, kit.keys.get(0).address(), "fork point");

  private static CommitCertificate certificate(SigningDomain domain, long height, Hash blockHash, List<KeyPair> signers) {
    List<CommitSignature> signatures = signers.stream().map(k -> {
      Vote v = BftTestKit.vote(domain, k, VoteType.PRECOMMIT, height, 0, Optional.of(blockHash));
      return new CommitSignature(v.validator(), v.signature());
    }).toList();
    return new CommitCertificate(height, 0, blockHash, signatures);
  }

  private static JsonNode answer(BlockHeader header, CommitCertificate certificate) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("number", "0x" + Long.toHexString(header.number()));
    o.put("hash", header.hash().toString());
    o.put("header", BlockHeaderCodec.encode(header).toHexString());
    if (certificate == null) {
      o.putNull("certificate");
    } else {
      o.put("certificate", CommitCertificateCodec.encode(certificate).toHexString());
    }
    return o;
  }

  @Test
  void aQuorumOfTrustedPrecommitsCertifiesTheHeaderAndItsStateRoot() {
    CommitCertificate good = certificate(BftTestKit.DOMAIN, 7, block.hash(), kit.keys.subList(0, 3));
    CertifiedHeader certified = verifier.verify(answer(block.header(), good), 7);
    assertThat(certified.header().stateRoot()).isEqualTo(block.header().stateRoot());
    assertThat(verifier.verify(answer(block.header(), good), -1).number()).isEqualTo(7);
  }

  @Test
  void fewerThanAQuorumIsRejected() {
    CommitCertificate weak = certificate(BftTestKit.DOMAIN, 7, block.hash(), kit.keys.subList(0, 2));
    assertThatThrownBy(() -> verifier.verify(answer(block.header(), weak), 7))
        .isInstanceOf(ForkException.class)
        .hasMessageContaining("not certified by the trusted validator set")
        .hasMessageContaining("more than 2/3");
  }

  @Test
  void signaturesOfOutsidersOrOfAnotherChainAreRejected() {
    List<KeyPair> forged = List.of(BftTestKit.outsider(), kit.keys.get(0), kit.keys.get(1));
    assertThatThrownBy(() -> verifier.verify(answer(block.header(), certificate(BftTestKit.DOMAIN, 7, block.hash(), forged)), 7))
        .isInstanceOf(ForkException.class).hasMessageContaining("is not a validator");
    SigningDomain otherChain = new SigningDomain(BftTestKit.CHAIN_ID, Hash.fromHexString("0x" + "11".repeat(32)));
    CommitCertificate replayed = certificate(otherChain, 7, block.hash(), kit.keys.subList(0, 3));
    assertThatThrownBy(() -> verifier.verify(answer(block.header(), replayed), 7))
        .isInstanceOf(ForkException.class).hasMessageContaining("not a valid precommit");
  }

  @Test
  void aCertificateOfAnotherBlockDoesNotCertifyAnAlteredHeader() {
    CommitCertificate good = certificate(BftTestKit.DOMAIN, 7, block.hash(), kit.keys.subList(0, 3));
    BlockHeader richer = block.header().toBuilder().stateRoot(Hash.fromHexString("0x" + "22".repeat(32))).build();
    assertThatThrownBy(() -> verifier.verify(answer(richer, good), 7))
        .isInstanceOf(ForkException.class).hasMessageContaining("certificate is for block");
  }

  @Test
  void wrongNumbersMissingCertificatesAndForeignGenesisAreRejected() {
    CommitCertificate good = certificate(BftTestKit.DOMAIN, 7, block.hash(), kit.keys.subList(0, 3));
    assertThatThrownBy(() -> verifier.verify(answer(block.header(), good), 8))
        .isInstanceOf(ForkException.class).hasMessageContaining("when asked for block 8");
    assertThatThrownBy(() -> verifier.verify(answer(block.header(), null), 7))
        .isInstanceOf(ForkException.class).hasMessageContaining("no commit certificate");
    assertThatThrownBy(() -> verifier.verify(MAPPER.nullNode(), 7))
        .isInstanceOf(ForkException.class).hasMessageContaining("has no block 7");
    BlockHeader genesis = BftTestKit.block(0, kit.keys.get(0).address(), "other").header();
    assertThatThrownBy(() -> verifier.verify(answer(genesis, null), 0))
        .isInstanceOf(ForkException.class).hasMessageContaining("serves another chain");
    ObjectNode garbage = MAPPER.createObjectNode().put("header", "0xc0");
    assertThatThrownBy(() -> verifier.verify(garbage, 7))
        .isInstanceOf(ForkException.class).hasMessageContaining("not a canonical block header");
  }
}
