package org.peerchain.rpc.explorer;

import java.util.Objects;
import java.util.Set;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * What the home page needs of one recent block.
 *
 * @param round the round its certificate was made in; -1 for a block without one (genesis)
 * @param signers the validators whose precommits its certificate carries
 */
record BlockSummary(long number, Hash hash, long timestamp, int txCount, long gasUsed, Address proposer, int round,
    Set<Address> signers) {
  BlockSummary {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(proposer, "proposer");
    signers = Set.copyOf(signers);
  }
}
