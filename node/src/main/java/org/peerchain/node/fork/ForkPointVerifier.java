package org.peerchain.node.fork;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.core.rlp.RlpException;

/**
 * Checks a {@code peerchain_getCommitCertificate} answer: the header is decoded from its own bytes
 * and hashed here (the upstream's hash field is not used), and its certificate must be a quorum of
 * the trusted validators' precommits for that hash and height. Genesis must hash to the trusted
 * genesis hash instead.
 */
public final class ForkPointVerifier {
  private final ValidatorSet validators;
  private final SigningDomain domain;
  private final CertificateVerifier certificates;

  public ForkPointVerifier(ValidatorSet validators, SigningDomain domain, CertificateVerifier certificates) {
    this.validators = validators;
    this.domain = domain;
    this.certificates = certificates;
  }

  /**
   * @param expectedNumber the block asked for, or -1 for the upstream's latest
   * @throws ForkException when the answer is missing, malformed or does not certify the header
   */
  public CertifiedHeader verify(JsonNode answer, long expectedNumber) {
    if (answer == null || answer.isNull()) {
      throw new ForkException("upstream has no block " + (expectedNumber < 0 ? "at its head" : expectedNumber));
    }
    BlockHeader header;
    try {
      header = BlockHeaderCodec.decode(Hex.data(answer, "header"));
    } catch (RlpException e) {
      throw new ForkException("upstream's header is not a canonical block header: " + e.getMessage());
    }
    if (expectedNumber >= 0 && header.number() != expectedNumber) {
      throw new ForkException("upstream answered block " + header.number() + " when asked for block " + expectedNumber);
    }
    if (header.number() == 0) {
      if (!header.hash().equals(domain.genesisHash())) {
        throw new ForkException("upstream's genesis is " + header.hash() + ", the trusted genesis is "
            + domain.genesisHash() + ": it serves another chain");
      }
      return new CertifiedHeader(header, domain);
    }
    JsonNode encoded = answer.get("certificate");
    if (encoded == null || encoded.isNull()) {
      throw new ForkException("upstream has no commit certificate for block " + header.number());
    }
    CommitCertificate certificate;
    try {
      certificate = CommitCertificateCodec.decode(Hex.data(answer, "certificate"));
    } catch (RlpException | IllegalArgumentException e) {
      throw new ForkException("upstream's commit certificate for block " + header.number() + " is malformed: "
          + e.getMessage());
    }
    if (certificate.height() != header.number()) {
      throw new ForkException("upstream's commit certificate is for height " + certificate.height() + ", not block "
          + header.number());
    }
    Optional<String> problem = certificates.verify(certificate, header.hash(), validators, domain);
    if (problem.isPresent()) {
      throw new ForkException("block " + header.number() + " " + header.hash() + " is not certified by the trusted "
          + "validator set: " + problem.get());
    }
    return new CertifiedHeader(header, domain);
  }
}
