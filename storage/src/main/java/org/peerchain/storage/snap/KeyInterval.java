package org.peerchain.storage.snap;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** Hashed account keys from {@code start} to {@code end}, both included. */
public record KeyInterval(Hash start, Hash end) {
  public static final Hash MIN_KEY = Hash.ZERO;
  public static final Hash MAX_KEY = Hash.fromHexString("0x" + "ff".repeat(Hash.SIZE));
  /** The whole key space. */
  public static final KeyInterval ALL = new KeyInterval(MIN_KEY, MAX_KEY);

  public KeyInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.compareTo(end) > 0) {
      throw new IllegalArgumentException("interval start " + start + " is above its end " + end);
    }
  }

  public boolean contains(Hash key) {
    return start.compareTo(key) <= 0 && key.compareTo(end) <= 0;
  }

  /**
   * Up to {@code parts} consecutive intervals of about equal width covering this one; fewer if it
   * holds fewer keys. Accounts are keyed by hash, so equal widths hold about equal account counts.
   */
  public List<KeyInterval> split(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1, got " + parts);
    }
    BigInteger from = toNumber(start);
    BigInteger width = toNumber(end).subtract(from).add(BigInteger.ONE);
    BigInteger count = BigInteger.valueOf(parts).min(width);
    List<KeyInterval> out = new ArrayList<>();
    BigInteger at = from;
    for (BigInteger i = BigInteger.ONE; i.compareTo(count) <= 0; i = i.add(BigInteger.ONE)) {
      BigInteger next = from.add(width.multiply(i).divide(count));
      out.add(new KeyInterval(toHash(at), toHash(next.subtract(BigInteger.ONE))));
      at = next;
    }
    return out;
  }

  /** The key after {@code key}, or empty for {@link #MAX_KEY}. */
  public static Optional<Hash> after(Hash key) {
    return key.equals(MAX_KEY) ? Optional.empty() : Optional.of(toHash(toNumber(key).add(BigInteger.ONE)));
  }

  static BigInteger toNumber(Hash key) {
    return key.bytes().toUnsignedBigInteger();
  }

  static Hash toHash(BigInteger number) {
    byte[] raw = number.toByteArray();
    byte[] out = new byte[Hash.SIZE];
    int length = Math.min(raw.length, Hash.SIZE);
    System.arraycopy(raw, raw.length - length, out, Hash.SIZE - length, length);
    return Hash.wrap(Bytes.wrap(out));
  }
}
