package org.peerchain.consensus.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The invariants, checked as the run goes: agreement and valid certificates on every honest commit,
 * and no honest validator ever signing two different messages for one (height, round, step).
 */
final class Monitor {
  private record SignKey(Address signer, long height, int round, Step step) {}

  private final SigningDomain domain;
  private final ValidatorSet validators;
  private final CertificateVerifier certificates;
  private final Map<Long, Hash> decided = new HashMap<>();
  private final Map<Long, Integer> decidedBy = new HashMap<>();
  private final Map<SignKey, Hash> signed = new HashMap<>();
  private final List<String> violations = new ArrayList<>();

  Monitor(SigningDomain domain, ValidatorSet validators, CertificateVerifier certificates) {
    this.domain = domain;
    this.validators = validators;
    this.certificates = certificates;
  }

  void committed(int node, Block block, CommitCertificate cert, Hash head, long expectedHeight) {
    Optional<String> bad = certificates.verify(cert, block, validators, domain);
    bad.ifPresent(e -> violation("node " + node + " finalized block " + block.hash() + " at height " + block.number()
        + " with a bad certificate: " + e));
    if (block.number() != expectedHeight || !block.header().parentHash().equals(head)) {
      violation("node " + node + " finalized block number " + block.number() + " (parent " + block.header().parentHash()
          + ") on top of height " + (expectedHeight - 1) + " head " + head);
    }
    Hash prior = decided.putIfAbsent(block.number(), block.hash());
    if (prior == null) {
      decidedBy.put(block.number(), node);
    } else if (!prior.equals(block.hash())) {
      violation("AGREEMENT: at height " + block.number() + " node " + decidedBy.get(block.number()) + " finalized "
          + prior + " but node " + node + " finalized " + block.hash());
    }
  }

  /** A message an honest node sends; only what it signed itself counts (the rest is relayed). */
  void sent(int node, Address self, ConsensusMessage m) {
    if (!m.signer().equals(self)) {
      return;
    }
    Hash hash = SigningBytes.of(domain, m);
    Hash prior = signed.putIfAbsent(new SignKey(m.signer(), m.height(), m.round(), m.step()), hash);
    if (prior != null && !prior.equals(hash)) {
      violation("DOUBLE SIGN: honest node " + node + " signed two different " + m.step() + " messages at height "
          + m.height() + " round " + m.round() + ", the second: " + m);
    }
  }

  void violation(String what) {
    if (violations.size() < 20) {
      violations.add(what);
    }
  }

  boolean failed() {
    return !violations.isEmpty();
  }

  List<String> violations() {
    return List.copyOf(violations);
  }
}
