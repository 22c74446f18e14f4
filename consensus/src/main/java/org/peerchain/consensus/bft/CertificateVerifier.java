package org.peerchain.consensus.bft;

import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.types.Hash;

/**
 * Checks that a commit certificate finalizes a block, from the validator set alone: every signer is
 * a validator, every signature is a valid precommit over (chain id, genesis hash, height, round, block hash), and
 * the signers hold strictly more than 2/3 of the voting power.
 */
public final class CertificateVerifier {
  private final MessageVerifier verifier;

  public CertificateVerifier(MessageVerifier verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
  }

  public static CertificateVerifier secp256k1() {
    return new CertificateVerifier(MessageVerifier.secp256k1());
  }

  /** Empty when the certificate is good for {@code blockHash}; otherwise what is wrong with it. */
  public Optional<String> verify(CommitCertificate cert, Hash blockHash, ValidatorSet validators, SigningDomain domain) {
    if (!cert.blockHash().equals(blockHash)) {
      return Optional.of("certificate is for block " + cert.blockHash() + ", not " + blockHash);
    }
    Hash signed = SigningBytes.precommit(domain, cert.height(), cert.round(), cert.blockHash());
    long power = 0;
    for (CommitSignature s : cert.signatures()) {
      if (!validators.contains(s.validator())) {
        return Optional.of("certificate signer " + s.validator() + " is not a validator");
      }
      if (!verifier.verify(signed, s.signature(), s.validator())) {
        return Optional.of("certificate signature of " + s.validator() + " is not a valid precommit for "
            + "height " + cert.height() + " round " + cert.round());
      }
      power += validators.power(s.validator());
    }
    if (!validators.isQuorum(power)) {
      return Optional.of("certificate signers hold " + power + " of " + validators.totalPower()
          + " voting power; more than 2/3 (" + validators.quorumPower() + ") is needed");
    }
    return Optional.empty();
  }

  /** As {@link #verify(CommitCertificate, Hash, ValidatorSet, SigningDomain)}, also checking the block's height. */
  public Optional<String> verify(CommitCertificate cert, Block block, ValidatorSet validators, SigningDomain domain) {
    if (cert.height() != block.number()) {
      return Optional.of("certificate is for height " + cert.height() + ", block is number " + block.number());
    }
    return verify(cert, block.hash(), validators, domain);
  }
}
