package org.peerchain.storage.chain;

import static org.peerchain.storage.chain.BlockRejectedException.Reason.CERTIFICATE_MISMATCH;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.NOT_NEXT_NUMBER;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.RECEIPT_COUNT_MISMATCH;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.STATE_ROOT_MISMATCH;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.WRONG_PARENT;

import java.util.List;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.types.Hash;

/**
 * What must hold before a block may become the head. Only what links the parts together is
 * checked; whether the block is valid (signatures, roots of its body, the certificate's quorum) is
 * consensus's job and was done before.
 */
final class CommitPreconditions {
  private CommitPreconditions() {}

  static void check(ChainHead head, Block block, CommitCertificate certificate, List<Receipt> receipts,
      Hash stateRoot) {
    if (block.number() != head.number() + 1) {
      throw new BlockRejectedException(NOT_NEXT_NUMBER,
          "block " + block.number() + " does not follow the head, block " + head.number());
    }
    if (!block.header().parentHash().equals(head.hash())) {
      throw new BlockRejectedException(WRONG_PARENT, "block " + block.number() + " has parent "
          + block.header().parentHash() + ", but the head is " + head.hash());
    }
    if (!block.header().stateRoot().equals(stateRoot)) {
      throw new BlockRejectedException(STATE_ROOT_MISMATCH, "block " + block.number() + " declares state root "
          + block.header().stateRoot() + ", but its state changes lead to " + stateRoot);
    }
    if (receipts.size() != block.transactions().size()) {
      throw new BlockRejectedException(RECEIPT_COUNT_MISMATCH, "block " + block.number() + " has "
          + block.transactions().size() + " transactions but " + receipts.size() + " receipts");
    }
    if (certificate.height() != block.number() || !certificate.blockHash().equals(block.hash())) {
      throw new BlockRejectedException(CERTIFICATE_MISMATCH, "the certificate is for block "
          + certificate.height() + " " + certificate.blockHash() + ", not for block " + block.number()
          + " " + block.hash());
    }
  }
}
