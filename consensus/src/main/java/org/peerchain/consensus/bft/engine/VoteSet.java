package org.peerchain.consensus.bft.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The votes of one type in one round: the first vote of each validator counts, with running power
 * tallies per value (a block hash, or nil) and in total.
 */
final class VoteSet {
  enum Added { ADDED, DUPLICATE, CONFLICT }

  private final ValidatorSet validators;
  private final Map<Address, Vote> byValidator = new HashMap<>();
  private final Map<Optional<Hash>, Long> powerByValue = new HashMap<>();
  private long totalPower;

  VoteSet(ValidatorSet validators) {
    this.validators = validators;
  }

  /** The counted vote of the vote's validator, if it has one. */
  Optional<Vote> existing(Vote v) {
    return Optional.ofNullable(byValidator.get(v.validator()));
  }

  Added add(Vote v) {
    Vote prior = byValidator.get(v.validator());
    if (prior != null) {
      return prior.sameContent(v) ? Added.DUPLICATE : Added.CONFLICT;
    }
    byValidator.put(v.validator(), v);
    long p = validators.power(v.validator());
    powerByValue.merge(v.blockHash(), p, Long::sum);
    totalPower += p;
    return Added.ADDED;
  }

  long power(Optional<Hash> value) {
    return powerByValue.getOrDefault(value, 0L);
  }

  long totalPower() {
    return totalPower;
  }

  /** The value that more than 2/3 voted for, if any (there can be only one). */
  Optional<Optional<Hash>> quorumValue() {
    for (Map.Entry<Optional<Hash>, Long> e : powerByValue.entrySet()) {
      if (validators.isQuorum(e.getValue())) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The votes for {@code value}, in no particular order. */
  List<Vote> votesFor(Optional<Hash> value) {
    List<Vote> out = new ArrayList<>();
    for (Vote v : byValidator.values()) {
      if (v.blockHash().equals(value)) {
        out.add(v);
      }
    }
    return out;
  }
}
