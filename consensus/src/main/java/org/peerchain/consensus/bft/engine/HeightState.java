package org.peerchain.consensus.bft.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.core.block.Block;
import org.peerchain.core.types.Hash;

/**
 * The message log of one height (the paper empties it on decision): messages by round, the blocks
 * proposed, and what the node said about their validity.
 */
final class HeightState {
  enum Validity { VALID, INVALID, PENDING }

  final long height;
  final RoundSkip skip;
  private final ValidatorSet validators;
  private final TreeMap<Integer, RoundMessages> rounds = new TreeMap<>();
  private final Map<Hash, Block> blocks = new HashMap<>();
  private final Map<Hash, Boolean> validity = new HashMap<>();
  private final Set<Hash> executing = new HashSet<>();
  private final Set<Hash> reportedInvalidDecision = new HashSet<>();

  HeightState(long height, ValidatorSet validators) {
    this.height = height;
    this.validators = validators;
    this.skip = new RoundSkip(validators);
  }

  RoundMessages round(int round) {
    return rounds.computeIfAbsent(round, r -> new RoundMessages(r, validators));
  }

  Optional<RoundMessages> existing(int round) {
    return Optional.ofNullable(rounds.get(round));
  }

  Collection<RoundMessages> rounds() {
    return rounds.values();
  }

  void addBlock(Block block) {
    blocks.putIfAbsent(block.hash(), block);
  }

  Optional<Block> block(Hash hash) {
    return Optional.ofNullable(blocks.get(hash));
  }

  /** The known validity of a block, or PENDING; {@code requested} is true once execution was asked for. */
  Validity validity(Hash hash) {
    Boolean v = validity.get(hash);
    if (v == null) {
      return Validity.PENDING;
    }
    return v ? Validity.VALID : Validity.INVALID;
  }

  boolean executionRequested(Hash hash) {
    return executing.contains(hash) || validity.containsKey(hash);
  }

  void requestExecution(Hash hash) {
    executing.add(hash);
  }

  /** Records the node's verdict; false when nobody asked for it (a stale or stray answer). */
  boolean recordExecution(Hash hash, boolean valid) {
    if (!executing.remove(hash)) {
      return false;
    }
    validity.put(hash, valid);
    return true;
  }

  void markValid(Hash hash) {
    executing.remove(hash);
    validity.put(hash, true);
  }

  /**
   * Forgets {@code bad} as the body of its hash (it did not match its header, or it failed to
   * commit): the block, its verdict and the proposals carrying that copy go, so the hash is judged
   * again on the next copy that arrives; nothing about it is held against the block itself.
   */
  void forgetBody(Block bad) {
    Hash id = bad.hash();
    Block stored = blocks.get(id);
    if (stored != null && !stored.equals(bad)) {
      return; // another copy is the current one; this answer is about a copy already gone
    }
    blocks.remove(id);
    executing.remove(id);
    validity.remove(id);
    for (RoundMessages rm : rounds.values()) {
      rm.removeProposalsOf(id);
    }
  }

  /** True the first time a decision on an invalid block is noticed, so it is logged once. */
  boolean firstInvalidDecision(Hash hash) {
    return reportedInvalidDecision.add(hash);
  }
}
