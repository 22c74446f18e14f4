package org.peerchain.consensus.bft;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;

/**
 * The validators of the chain with their voting power, and who proposes when.
 *
 * <p>Validators are ordered by address, so the schedule does not depend on the order a genesis file
 * lists them in. The proposer of (height, round) is found by a cumulative-power schedule: slot
 * {@code (height + round) mod totalPower} is spread over {@code [0, totalPower)} by multiplying it with a
 * stride coprime to the total (a permutation), and the validator owning that position of the
 * cumulative power line proposes. Over any {@code totalPower} consecutive slots each validator proposes
 * exactly its power's worth, and equal-power validators take turns rather than proposing in runs.
 */
public final class ValidatorSet {
  // Tallies add up to at most the total; keeping it far below 2^63 means no sum can overflow.
  public static final long MAX_TOTAL_POWER = Long.MAX_VALUE / 8;

  private final List<GenesisValidator> validators;
  private final Map<Address, Long> powers;
  private final long[] cumulative;
  private final long totalPower;
  private final long stride;

  private ValidatorSet(List<GenesisValidator> sorted) {
    validators = List.copyOf(sorted);
    powers = new HashMap<>();
    cumulative = new long[sorted.size()];
    long sum = 0;
    for (int i = 0; i < sorted.size(); i++) {
      GenesisValidator v = sorted.get(i);
      if (powers.put(v.address(), v.power()) != null) {
        throw new IllegalArgumentException("validator " + v.address() + " is listed twice");
      }
      sum += v.power();
      if (sum > MAX_TOTAL_POWER || sum < 0) {
        throw new IllegalArgumentException("total voting power exceeds " + MAX_TOTAL_POWER);
      }
      cumulative[i] = sum;
    }
    totalPower = sum;
    stride = coprimeStride(sum);
  }

  public static ValidatorSet of(List<GenesisValidator> validators) {
    Objects.requireNonNull(validators, "validators");
    if (validators.isEmpty()) {
      throw new IllegalArgumentException("a validator set needs at least one validator");
    }
    List<GenesisValidator> sorted = new ArrayList<>(validators);
    sorted.sort(Comparator.comparing(GenesisValidator::address));
    return new ValidatorSet(sorted);
  }

  public boolean contains(Address address) {
    return powers.containsKey(address);
  }

  /** The voting power of {@code address}; 0 for an address that is not a validator. */
  public long power(Address address) {
    return powers.getOrDefault(address, 0L);
  }

  public long totalPower() {
    return totalPower;
  }

  /** The smallest power strictly greater than 2/3 of the total: a quorum. */
  public long quorumPower() {
    // floor(2T/3) + 1, computed without forming 2T.
    return (totalPower / 3) * 2 + (totalPower % 3) * 2 / 3 + 1;
  }

  /**
   * The most voting power that may be faulty while the set stays safe and live: f = floor((T - 1) / 3),
   * the largest f with T > 3f.
   */
  public long maxFaultyPower() {
    return (totalPower - 1) / 3;
  }

  /**
   * f + 1: power that must include an honest validator. Equals "more than 1/3" unless the total is
   * a multiple of 3, where the paper's f + 1 is the threshold that keeps the round skip live.
   */
  public long skipPower() {
    return maxFaultyPower() + 1;
  }

  public boolean isQuorum(long power) {
    return power >= quorumPower();
  }

  /** True when {@code power} exceeds what may be faulty (the paper's f + 1). */
  public boolean exceedsFaulty(long power) {
    return power >= skipPower();
  }

  public int size() {
    return validators.size();
  }

  /** The validators ordered by address. */
  public List<GenesisValidator> validators() {
    return validators;
  }

  public Address proposer(long height, int round) {
    if (height < 0 || round < 0) {
      throw new IllegalArgumentException("height and round must not be negative, got " + height + "/" + round);
    }
    long slot = Math.floorMod(Math.floorMod(height, totalPower) + (long) round, totalPower);
    long position = BigInteger.valueOf(slot).multiply(BigInteger.valueOf(stride))
        .mod(BigInteger.valueOf(totalPower)).longValueExact();
    return validators.get(owner(position)).address();
  }

  /** The index of the first validator whose cumulative power exceeds {@code position}. */
  private int owner(long position) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > position) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** A stride near 0.618 of the total (well spread) that is coprime to it, so slots map one to one. */
  private static long coprimeStride(long total) {
    if (total <= 2) {
      return 1;
    }
    long k = Math.max(1, Math.round(total * 0.6180339887));
    BigInteger t = BigInteger.valueOf(total);
    while (!BigInteger.valueOf(k).gcd(t).equals(BigInteger.ONE)) {
      k++;
    }
    return k;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidatorSet s && s.validators.equals(validators);
  }

  @Override
  public int hashCode() {
    return validators.hashCode();
  }

  @Override
  public String toString() {
    return "ValidatorSet{size=" + validators.size() + ", totalPower=" + totalPower + "}";
  }
}
