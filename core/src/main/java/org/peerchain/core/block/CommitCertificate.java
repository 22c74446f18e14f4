package org.peerchain.core.block;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The precommits that finalized a block: stored and sent beside the block, never inside its hash.
 * Only the shape is checked here (a height, at least one signature, no validator twice); whether
 * the signatures are valid and carry a quorum is consensus's job.
 */
public record CommitCertificate(long height, int round, Hash blockHash, List<CommitSignature> signatures) {
  public CommitCertificate {
    if (height < 1) {
      // Genesis (height 0) is final by definition and has no certificate.
      throw new IllegalArgumentException("certificate height must be at least 1, got " + height);
    }
    if (round < 0) {
      throw new IllegalArgumentException("certificate round must not be negative, got " + round);
    }
    Objects.requireNonNull(blockHash, "blockHash");
    signatures = List.copyOf(signatures);
    if (signatures.isEmpty()) {
      throw new IllegalArgumentException("a certificate needs at least one precommit signature");
    }
    Set<Address> seen = new HashSet<>();
    for (CommitSignature s : signatures) {
      // A repeated validator would count twice towards a naively summed quorum.
      if (!seen.add(s.validator())) {
        throw new IllegalArgumentException("validator " + s.validator() + " signs the certificate twice");
      }
    }
  }
}
