package org.peerchain.storage.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;

/**
 * Whether a head and everything its commit wrote are all visible, and (for the snapshot's own head)
 * nothing of a later commit: what a crash or a concurrent reader must never break. Returns problems instead of throwing so
 * reader threads can collect them.
 */
final class HeadConsistency {
  private HeadConsistency() {}

  /** The snapshot's own head is whole and nothing above it is visible. */
  static List<String> problems(ChainSnapshot s) {
    ChainHead head = s.head();
    List<String> problems = problems(s, head);
    if (s.blockHashByNumber(head.number() + 1).isPresent()) {
      problems.add("head " + head.number() + ": a canonical block above the head is visible");
    }
    return problems;
  }

  /** {@code head}, which may be older than the snapshot's, is whole in it. */
  static List<String> problems(ChainSnapshot s, ChainHead head) {
    List<String> problems = new ArrayList<>();
    String at = "head " + head.number() + " " + head.hash() + ": ";
    if (!s.blockHashByNumber(head.number()).equals(Optional.of(head.hash()))) {
      problems.add(at + "canonical hash is " + s.blockHashByNumber(head.number()));
    }
    Optional<BlockHeader> header = s.header(head.hash());
    Optional<BlockBody> body = s.body(head.hash());
    Optional<List<Receipt>> receipts = s.receipts(head.hash());
    if (header.isEmpty() || body.isEmpty() || receipts.isEmpty()) {
      problems.add(at + "header, body or receipts missing: " + header.isPresent() + " " + body.isPresent() + " "
          + receipts.isPresent());
      return problems;
    }
    BlockHeader h = header.get();
    if (!h.hash().equals(head.hash()) || h.number() != head.number() || !h.stateRoot().equals(head.stateRoot())) {
      problems.add(at + "header does not match the head pointer: " + h);
    }
    if (head.number() > 0 && !s.blockHashByNumber(head.number() - 1).equals(Optional.of(h.parentHash()))) {
      problems.add(at + "parent " + h.parentHash() + " is not the canonical block below");
    }
    certificateProblem(s.certificate(head.hash()), head).ifPresent(p -> problems.add(at + p));
    List<Transaction> txs = body.get().transactions();
    if (receipts.get().size() != txs.size()) {
      problems.add(at + txs.size() + " transactions but " + receipts.get().size() + " receipts");
      return problems;
    }
    for (int i = 0; i < txs.size(); i++) {
      Transaction tx = txs.get(i);
      if (!s.txLocation(tx.hash()).equals(Optional.of(new TxLocation(head.hash(), head.number(), i)))
          || !s.transaction(tx.hash()).equals(Optional.of(tx))
          || !s.receipt(tx.hash()).equals(Optional.of(receipts.get().get(i)))) {
        problems.add(at + "transaction " + i + " " + tx.hash() + " is indexed at " + s.txLocation(tx.hash()));
      }
    }
    return problems;
  }

  private static Optional<String> certificateProblem(Optional<CommitCertificate> certificate, ChainHead head) {
    if (head.number() == 0) {
      return certificate.map(c -> "genesis has a certificate");
    }
    if (certificate.isEmpty()) {
      return Optional.of("certificate missing");
    }
    CommitCertificate c = certificate.get();
    return c.height() == head.number() && c.blockHash().equals(head.hash())
        ? Optional.empty()
        : Optional.of("certificate is for block " + c.height() + " " + c.blockHash());
  }
}
