package org.peerchain.node.sync.snap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.BlockRoots;
import org.peerchain.consensus.execution.BodyCheck;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.consensus.ledger.TransferEffect;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.SnapshotHeight;

/**
 * Whether a block a peer served is the pivot it offered: the offered hash, height and state root,
 * a body that matches its header, and a certificate signed by more than two thirds of the
 * validators. Only then is its state root trusted. Also rebuilds the block's receipts, which the
 * chain store keeps beside its head: a valid transfer always succeeds and uses its intrinsic gas,
 * and the header's receipts root confirms the result.
 */
final class PivotCheck {
  private final ValidatorSet validators;
  private final ChainRules rules;
  private final SigningDomain domain;
  private final CertificateVerifier certificates;

  PivotCheck(ValidatorSet validators, ChainRules rules, SigningDomain domain, CertificateVerifier certificates) {
    this.validators = validators;
    this.rules = rules;
    this.domain = domain;
    this.certificates = certificates;
  }

  /** What is wrong with {@code served} as the block of {@code offered}; empty when nothing. */
  Optional<String> problem(SnapshotHeight offered, BlockWithCertificate served) {
    Block block = served.block();
    if (block.number() != offered.height() || !block.hash().equals(offered.blockHash())) {
      return Optional.of("served block #" + block.number() + " " + block.hash() + ", not the offered #"
          + offered.height() + " " + offered.blockHash());
    }
    if (!block.header().stateRoot().equals(offered.stateRoot())) {
      return Optional.of("block #" + block.number() + " has state root " + block.header().stateRoot()
          + ", not the offered " + offered.stateRoot());
    }
    Optional<String> body = BodyCheck.check(block, rules).map(r -> r.message());
    if (body.isPresent()) {
      return body;
    }
    Optional<String> cert = certificates.verify(served.certificate(), block, validators, domain);
    if (cert.isPresent()) {
      return cert;
    }
    if (receipts(block).isEmpty()) {
      return Optional.of("block #" + block.number() + "'s receipts root is not that of its transfers");
    }
    return Optional.empty();
  }

  /** The receipts of a certified block of transfers, when they match its header's receipts root. */
  static Optional<List<Receipt>> receipts(Block block) {
    List<Receipt> receipts = new ArrayList<>();
    long gas = 0;
    for (Transaction tx : block.transactions()) {
      gas = Math.addExact(gas, TransferEffect.gasUsed(tx));
      receipts.add(new Receipt(tx.type().code(), true, gas));
    }
    return BlockRoots.receiptsRoot(receipts).equals(block.header().receiptsRoot())
        ? Optional.of(receipts)
        : Optional.empty();
  }
}
