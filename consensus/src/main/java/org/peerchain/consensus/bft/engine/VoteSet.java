package org.peerchain.consensus.bft.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The votes of one type in one round, with running power tallies per value (a block hash, or nil).
 *
 * <p>A validator's first vote counts towards "a quorum of any votes". A conflicting vote of the same
 * validator (equivocation) is kept too, a few at most, and counts towards its own value: the paper
 * counts messages per value, and an equivocator must not be able to hide a polka it took part in
 * from whoever heard its other vote first. This is safe: two values with a quorum each in one round
 * would need more than f equivocating power.
 */
final class VoteSet {
  enum Added { ADDED, DUPLICATE, CONFLICT }

  /** Conflicting votes kept per validator: bounds what an equivocator can make us store. */
  static final int MAX_CONFLICTING = 2;

  private final ValidatorSet validators;
  private final Map<Address, Vote> first = new HashMap<>();
  private final Map<Address, List<Vote>> conflicting = new HashMap<>();
  private final Map<Optional<Hash>, Long> powerByValue = new HashMap<>();
  private long totalPower;

  VoteSet(ValidatorSet validators) {
    this.validators = validators;
  }

  /** The first counted vote of {@code validator}. */
  Optional<Vote> byValidator(Address validator) {
    return Optional.ofNullable(first.get(validator));
  }

  /** True when a vote with the same content is already here (so it need not be verified again). */
  boolean contains(Vote v) {
    Vote prior = first.get(v.validator());
    if (prior == null) {
      return false;
    }
    if (prior.sameContent(v)) {
      return true;
    }
    return conflicting.getOrDefault(v.validator(), List.of()).stream().anyMatch(c -> c.sameContent(v));
  }

  Added add(Vote v) {
    long p = validators.power(v.validator());
    Vote prior = first.get(v.validator());
    if (prior == null) {
      first.put(v.validator(), v);
      powerByValue.merge(v.blockHash(), p, Long::sum);
      totalPower += p;
      return Added.ADDED;
    }
    if (contains(v)) {
      return Added.DUPLICATE;
    }
    List<Vote> others = conflicting.computeIfAbsent(v.validator(), a -> new ArrayList<>());
    if (others.size() < MAX_CONFLICTING) {
      others.add(v);
      powerByValue.merge(v.blockHash(), p, Long::sum);
    }
    return Added.CONFLICT;
  }

  long power(Optional<Hash> value) {
    return powerByValue.getOrDefault(value, 0L);
  }

  /** The power of validators that voted at all (each once). */
  long totalPower() {
    return totalPower;
  }

  /** The value that a quorum voted for, if any. */
  Optional<Optional<Hash>> quorumValue() {
    for (Map.Entry<Optional<Hash>, Long> e : powerByValue.entrySet()) {
      if (validators.isQuorum(e.getValue())) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** Every kept vote, conflicting ones included, ordered by validator. */
  List<Vote> all() {
    List<Vote> out = new ArrayList<>(first.values());
    conflicting.values().forEach(out::addAll);
    out.sort(Comparator.comparing(Vote::validator));
    return out;
  }

  /** The votes for {@code value}, one per validator, ordered by validator. */
  List<Vote> votesFor(Optional<Hash> value) {
    List<Vote> out = new ArrayList<>();
    for (Vote v : all()) {
      if (v.blockHash().equals(value)) {
        out.add(v);
      }
    }
    return out;
  }
}
