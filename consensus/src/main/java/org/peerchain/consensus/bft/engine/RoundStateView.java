package org.peerchain.consensus.bft.engine;

import java.util.Optional;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** A read-only copy of where the engine is, for RPC and logs. */
public record RoundStateView(
    long height,
    int round,
    Step step,
    int lockedRound,
    Optional<Hash> lockedBlock,
    int validRound,
    Optional<Hash> validBlock,
    Address proposer) {}
