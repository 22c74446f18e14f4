package org.peerchain.node.sync.snap;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** The 256-bit space of state trie keys, split into equal parts for fetching in parallel. */
final class KeySpace {
  static final Hash MAX = Hash.fromHexString("0x" + "ff".repeat(32));
  private static final BigInteger SIZE = BigInteger.ONE.shiftLeft(256);

  private KeySpace() {}

  /** {@code parts} ranges {@code [start, limit]} covering every key exactly once, in key order. */
  static List<KeyRange> split(int parts) {
    if (parts < 1 || parts > 4096) {
      throw new IllegalArgumentException("parts must be in 1..4096, got " + parts);
    }
    BigInteger step = SIZE.divide(BigInteger.valueOf(parts));
    List<KeyRange> ranges = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      BigInteger start = step.multiply(BigInteger.valueOf(i));
      BigInteger limit = i == parts - 1 ? SIZE.subtract(BigInteger.ONE) : start.add(step).subtract(BigInteger.ONE);
      ranges.add(new KeyRange(hash(start), hash(limit)));
    }
    return ranges;
  }

  /** The key right after {@code key}; empty after the last key. */
  static Optional<Hash> after(Hash key) {
    if (key.equals(MAX)) {
      return Optional.empty();
    }
    return Optional.of(hash(key.bytes().toUnsignedBigInteger().add(BigInteger.ONE)));
  }

  /** How far into {@code range} {@code next} is, from 0 to 1. */
  static double fraction(KeyRange range, Hash next) {
    BigInteger start = range.start().bytes().toUnsignedBigInteger();
    BigInteger width = range.limit().bytes().toUnsignedBigInteger().subtract(start).add(BigInteger.ONE);
    BigInteger done = next.bytes().toUnsignedBigInteger().subtract(start);
    return done.doubleValue() / width.doubleValue();
  }

  private static Hash hash(BigInteger v) {
    byte[] out = new byte[Hash.SIZE];
    byte[] raw = v.toByteArray();
    int copy = Math.min(raw.length, Hash.SIZE);
    System.arraycopy(raw, raw.length - copy, out, Hash.SIZE - copy, copy);
    return Hash.wrap(Bytes.wrap(out));
  }

  /** Keys {@code start} to {@code limit}, both included. */
  record KeyRange(Hash start, Hash limit) {}
}
