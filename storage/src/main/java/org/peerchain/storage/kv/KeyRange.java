package org.peerchain.storage.kv;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;

/**
 * Which serialized keys an iteration visits, and in which direction. Bounds are raw key bytes in
 * unsigned order: the lower bound is inclusive, the upper exclusive; either may be open.
 */
public final class KeyRange {
  private static final KeyRange ALL = new KeyRange(null, null, false);

  private final Bytes lower;
  private final Bytes upper;
  private final boolean descending;

  private KeyRange(Bytes lower, Bytes upper, boolean descending) {
    if (lower != null && upper != null && lower.compareTo(upper) > 0) {
      throw new IllegalArgumentException("lower bound " + lower + " is above upper bound " + upper);
    }
    this.lower = lower;
    this.upper = upper;
    this.descending = descending;
  }

  public static KeyRange all() {
    return ALL;
  }

  public static KeyRange from(Bytes lowerInclusive) {
    return new KeyRange(Objects.requireNonNull(lowerInclusive), null, false);
  }

  public static KeyRange upTo(Bytes upperExclusive) {
    return new KeyRange(null, Objects.requireNonNull(upperExclusive), false);
  }

  /** Every key at or below {@code upperInclusive}; with {@link #descending()} it finds a floor. */
  public static KeyRange atMost(Bytes upperInclusive) {
    // The smallest key above k in unsigned byte order is k followed by one zero byte.
    return new KeyRange(null, upperInclusive.concatWith(Bytes.of(0)), false);
  }

  public static KeyRange between(Bytes lowerInclusive, Bytes upperExclusive) {
    return new KeyRange(Objects.requireNonNull(lowerInclusive), Objects.requireNonNull(upperExclusive), false);
  }

  /** Every key that starts with {@code prefix}. */
  public static KeyRange prefix(Bytes prefix) {
    return prefix.isEmpty() ? ALL : new KeyRange(prefix, successorOfPrefix(prefix), false);
  }

  /** The same keys, visited from the highest down. */
  public KeyRange descending() {
    return new KeyRange(lower, upper, true);
  }

  public boolean isDescending() {
    return descending;
  }

  /** Inclusive, or null when open. */
  public Bytes lower() {
    return lower;
  }

  /** Exclusive, or null when open. */
  public Bytes upper() {
    return upper;
  }

  public boolean contains(Bytes key) {
    return (lower == null || key.compareTo(lower) >= 0) && (upper == null || key.compareTo(upper) < 0);
  }

  /** The smallest key above every key with this prefix, or null when the prefix is all 0xff. */
  private static Bytes successorOfPrefix(Bytes prefix) {
    for (int i = prefix.size() - 1; i >= 0; i--) {
      if (prefix.getUnsigned(i) != 0xff) {
        byte[] out = prefix.slice(0, i + 1).toArray();
        out[i]++;
        return Bytes.wrap(out);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "[" + (lower == null ? "-inf" : lower) + ", " + (upper == null ? "+inf" : upper) + ")"
        + (descending ? " descending" : "");
  }
}
