package org.peerchain.consensus.bft;

import java.util.EnumMap;
import java.util.Map;
import org.peerchain.consensus.bft.message.Step;

/**
 * Timeouts that grow linearly with the round: {@code base(step) + round * delta(step)}, at most
 * {@code capMs}. Growth is what gives liveness after GST: eventually a round lasts long enough for
 * every honest validator's messages to arrive. Rounds 0 and later may use different bases, so a node
 * can wait long for transactions in round 0 and recover fast in later rounds.
 */
public final class LinearTimeouts implements TimeoutPolicy {
  private final Map<Step, Long> baseMs;
  private final Map<Step, Long> round0Ms;
  private final Map<Step, Long> deltaMs;
  private final long capMs;

  private LinearTimeouts(Map<Step, Long> round0Ms, Map<Step, Long> baseMs, Map<Step, Long> deltaMs, long capMs) {
    this.round0Ms = round0Ms;
    this.baseMs = baseMs;
    this.deltaMs = deltaMs;
    this.capMs = capMs;
  }

  /** The same base and delta for every step. */
  public static LinearTimeouts of(long baseMs, long deltaMs, long capMs) {
    return builder().base(baseMs, baseMs, baseMs).delta(deltaMs, deltaMs, deltaMs).cap(capMs).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public long delayMs(Step step, int round) {
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative, got " + round);
    }
    if (round == 0) {
      return Math.min(capMs, round0Ms.get(step));
    }
    long grown = baseMs.get(step) + (long) round * deltaMs.get(step);
    // Both terms are below 2^62 (checked in build), so the sum cannot overflow.
    return Math.min(capMs, grown);
  }

  @Override
  public String toString() {
    return "LinearTimeouts{round0=" + round0Ms + ", base=" + baseMs + ", delta=" + deltaMs + ", cap=" + capMs + "}";
  }

  /** Mutable; {@link #build()} validates. A round-0 value not set explicitly equals the base. */
  public static final class Builder {
    private static final long MAX = 1L << 30;
    private final Map<Step, Long> base = new EnumMap<>(Step.class);
    private final Map<Step, Long> round0 = new EnumMap<>(Step.class);
    private final Map<Step, Long> delta = new EnumMap<>(Step.class);
    private long cap = MAX;

    private Builder() {
      for (Step s : Step.values()) {
        base.put(s, 1000L);
        delta.put(s, 500L);
      }
    }

    public Builder base(long proposeMs, long prevoteMs, long precommitMs) {
      base.put(Step.PROPOSE, proposeMs);
      base.put(Step.PREVOTE, prevoteMs);
      base.put(Step.PRECOMMIT, precommitMs);
      return this;
    }

    /** Round-0 timeouts, e.g. a long propose timeout while the proposer waits for transactions. */
    public Builder round0(long proposeMs, long prevoteMs, long precommitMs) {
      round0.put(Step.PROPOSE, proposeMs);
      round0.put(Step.PREVOTE, prevoteMs);
      round0.put(Step.PRECOMMIT, precommitMs);
      return this;
    }

    public Builder delta(long proposeMs, long prevoteMs, long precommitMs) {
      delta.put(Step.PROPOSE, proposeMs);
      delta.put(Step.PREVOTE, prevoteMs);
      delta.put(Step.PRECOMMIT, precommitMs);
      return this;
    }

    public Builder cap(long capMs) {
      cap = capMs;
      return this;
    }

    public LinearTimeouts build() {
      Map<Step, Long> r0 = new EnumMap<>(base);
      r0.putAll(round0);
      check("base", base);
      check("round-0", r0);
      check("delta", delta);
      if (cap <= 0 || cap > MAX) {
        throw new IllegalArgumentException("timeout cap must be in [1, " + MAX + "] ms, got " + cap);
      }
      // delta * Integer.MAX_VALUE < 2^61 with delta <= 2^30, so delayMs never overflows.
      return new LinearTimeouts(Map.copyOf(r0), Map.copyOf(base), Map.copyOf(delta), cap);
    }

    private static void check(String what, Map<Step, Long> values) {
      values.forEach((step, v) -> {
        if (v < 0 || v > MAX) {
          throw new IllegalArgumentException(what + " timeout of " + step + " must be in [0, " + MAX + "] ms, got " + v);
        }
      });
    }
  }
}
