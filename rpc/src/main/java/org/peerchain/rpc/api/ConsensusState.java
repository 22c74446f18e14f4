package org.peerchain.rpc.api;

import java.util.Objects;
import java.util.Optional;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * Where the node's consensus engine is, for peerchain_consensusState.
 *
 * @param step the step's lower-case name: propose, prevote, precommit or commit
 * @param lockedRound -1 when not locked
 * @param validRound -1 when there is no valid value
 */
public record ConsensusState(long height, int round, String step, Address proposer, int lockedRound,
    Optional<Hash> lockedBlock, int validRound, Optional<Hash> validBlock) {
  public ConsensusState {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(lockedBlock, "lockedBlock");
    Objects.requireNonNull(validBlock, "validBlock");
  }
}
