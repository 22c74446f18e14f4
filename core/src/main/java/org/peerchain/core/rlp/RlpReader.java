package org.peerchain.core.rlp;

import java.math.BigInteger;
import java.util.function.Function;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * Strict, canonical RLP reader over one level of items (the top-level input, or one list's
 * payload). Only the canonical encoding of each value is accepted: the same value always has one
 * encoding, so hashes of what we decode match what the sender signed and no peer can make two
 * byte-different messages that we treat as the same.
 *
 * <p>Readers share the input and return zero-copy slices; offsets in errors are always into the
 * top-level input, so a nested failure still points at the exact byte.
 */
public final class RlpReader {
  private static final int SHORT_MAX = 55;

  private final Bytes input;
  private final int end;
  private final boolean topLevel;
  private int pos;

  // Header of the item at headerAt, parsed once: callers typically peek (nextIsList) then read.
  private int headerAt = -1;
  private boolean isList;
  private int payloadStart;
  private int payloadLength;

  private RlpReader(Bytes input, int start, int end, boolean topLevel) {
    this.input = input;
    this.pos = start;
    this.end = end;
    this.topLevel = topLevel;
  }

  public static RlpReader of(Bytes input) {
    return new RlpReader(input, 0, input.size(), true);
  }

  /**
   * Decodes {@code input} as exactly one item: it runs {@code f} on a reader over the input, then
   * requires that the item was consumed and that nothing follows it. Trailing bytes are checked
   * before {@code f} runs, so they are reported even if {@code f} would fail on the content.
   */
  public static <T> T decodeSingle(Bytes input, Function<RlpReader, T> f) {
    if (input.isEmpty()) {
      throw new RlpException(0, "empty input, expected one RLP item");
    }
    RlpReader reader = of(input);
    reader.header();
    int itemEnd = reader.payloadStart + reader.payloadLength;
    if (itemEnd != input.size()) {
      throw new RlpException(itemEnd,
          (input.size() - itemEnd) + " trailing byte(s) after the top-level RLP item");
    }
    T result = f.apply(reader);
    if (reader.pos != itemEnd) {
      // The input was fine; the decoder function forgot to read the item.
      throw new IllegalStateException("decoder did not consume the top-level RLP item");
    }
    return result;
  }

  public boolean hasNext() {
    return pos < end;
  }

  /** The reader's position as an offset into the top-level input, for codecs' own error messages. */
  public int position() {
    return pos;
  }

  public boolean nextIsList() {
    header();
    return isList;
  }

  public RlpReader enterList() {
    header();
    if (!isList) {
      throw new RlpException(pos, "expected an RLP list, found a string");
    }
    RlpReader child = new RlpReader(input, payloadStart, payloadStart + payloadLength, false);
    advance();
    return child;
  }

  public Bytes readBytes() {
    stringHeader("string");
    Bytes payload = input.slice(payloadStart, payloadLength);
    advance();
    return payload;
  }

  public long readLong() {
    long v = integerValue(8);
    advance();
    return v;
  }

  public int readInt() {
    long v = integerValue(4);
    if (v > Integer.MAX_VALUE) {
      throw new RlpException(pos, "integer " + v + " does not fit a non-negative int");
    }
    advance();
    return (int) v;
  }

  public UInt256 readUInt256() {
    return UInt256.valueOf(readUnsigned(32));
  }

  public BigInteger readUnsigned(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    integerHeader(maxBytes);
    BigInteger v = payloadLength == 0
        ? BigInteger.ZERO
        : new BigInteger(1, input.slice(payloadStart, payloadLength).toArray());
    advance();
    return v;
  }

  public Hash readHash() {
    return Hash.wrap(readFixed(Hash.SIZE, "hash"));
  }

  public Address readAddress() {
    return Address.wrap(readFixed(Address.SIZE, "address"));
  }

  public Bytes readRaw() {
    header();
    Bytes item = input.slice(pos, payloadStart + payloadLength - pos);
    advance();
    return item;
  }

  public void expectEnd() {
    if (pos < end) {
      throw new RlpException(pos, "expected the end of the " + level() + " but "
          + (end - pos) + " more byte(s) of items follow");
    }
  }

  private Bytes readFixed(int size, String what) {
    stringHeader(what);
    if (payloadLength != size) {
      throw new RlpException(pos, "a " + what + " must be " + size + " bytes, got " + payloadLength);
    }
    Bytes payload = input.slice(payloadStart, size);
    advance();
    return payload;
  }

  private void stringHeader(String what) {
    header();
    if (isList) {
      throw new RlpException(pos, "expected an RLP string (" + what + "), found a list");
    }
  }

  private void integerHeader(int maxBytes) {
    stringHeader("integer");
    if (payloadLength > maxBytes) {
      throw new RlpException(pos, "integer of " + payloadLength + " bytes exceeds the maximum of " + maxBytes);
    }
    if (payloadLength > 0 && input.get(payloadStart) == 0) {
      throw new RlpException(pos, "non-canonical integer: leading zero byte (zero is encoded as 0x80)");
    }
  }

  /** The canonical integer of at most {@code maxBytes} (at most 8) at {@code pos}, not yet consumed. */
  private long integerValue(int maxBytes) {
    integerHeader(maxBytes);
    long v = 0;
    for (int i = 0; i < payloadLength; i++) {
      v = (v << 8) | input.getUnsigned(payloadStart + i);
    }
    return v;
  }

  private void advance() {
    pos = payloadStart + payloadLength;
  }

  private String level() {
    return topLevel ? "input" : "enclosing list";
  }

  /** Parses and validates the header of the item at {@code pos}; fields are set only on success. */
  private void header() {
    if (headerAt == pos) {
      return;
    }
    if (pos >= end) {
      throw new RlpException(pos, "expected an RLP item but reached the end of the " + level());
    }
    int prefix = input.getUnsigned(pos);
    boolean list;
    int start;
    int length;
    if (prefix < 0x80) {
      list = false;
      start = pos;
      length = 1;
    } else if (prefix <= 0x80 + SHORT_MAX) {
      list = false;
      start = pos + 1;
      length = prefix - 0x80;
    } else if (prefix < 0xc0) {
      list = false;
      length = longLength(prefix - 0x80 - SHORT_MAX, "string");
      start = pos + 1 + (prefix - 0x80 - SHORT_MAX);
    } else if (prefix <= 0xc0 + SHORT_MAX) {
      list = true;
      start = pos + 1;
      length = prefix - 0xc0;
    } else {
      list = true;
      length = longLength(prefix - 0xc0 - SHORT_MAX, "list");
      start = pos + 1 + (prefix - 0xc0 - SHORT_MAX);
    }
    if ((long) start + length > end) {
      throw new RlpException(pos, "RLP " + (list ? "list" : "string") + " of " + length
          + " byte(s) runs past the end of the " + level() + " (" + (end - start) + " byte(s) left)");
    }
    if (!list && length == 1 && prefix == 0x81 && input.getUnsigned(start) < 0x80) {
      throw new RlpException(pos, String.format(
          "non-canonical RLP: single byte 0x%02x below 0x80 must be encoded as itself, not as 0x81 0x%02x",
          input.getUnsigned(start), input.getUnsigned(start)));
    }
    isList = list;
    payloadStart = start;
    payloadLength = length;
    headerAt = pos;
  }

  /** Reads the big-endian length that follows a long-form prefix; it must be minimal and fit an int. */
  private int longLength(int lengthOfLength, String kind) {
    if ((long) pos + 1 + lengthOfLength > end) {
      throw new RlpException(pos, "length of RLP " + kind + " (" + lengthOfLength
          + " byte(s)) runs past the end of the " + level());
    }
    if (input.get(pos + 1) == 0) {
      throw new RlpException(pos, "non-canonical RLP: length of " + kind + " has a leading zero byte");
    }
    if (lengthOfLength > 4) {
      throw new RlpException(pos, "RLP " + kind + " length (given in " + lengthOfLength + " bytes) overflows int");
    }
    long length = 0;
    for (int i = 1; i <= lengthOfLength; i++) {
      length = (length << 8) | input.getUnsigned(pos + i);
    }
    if (length > Integer.MAX_VALUE) {
      throw new RlpException(pos, "RLP " + kind + " length " + length + " overflows int");
    }
    if (length <= SHORT_MAX) {
      throw new RlpException(pos, "non-canonical RLP: long-form length used for a " + kind
          + " of " + length + " byte(s) (below 56 the short form is required)");
    }
    return (int) length;
  }
}
