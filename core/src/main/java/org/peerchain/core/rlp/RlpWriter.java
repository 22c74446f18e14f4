package org.peerchain.core.rlp;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Consumer;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * Builds canonical RLP. A list's length prefix depends on everything inside it, so instead of
 * encoding children and copying them into their parent (quadratic in nesting depth), payloads go
 * into one flat buffer and each list only records where it starts and, on {@link #endList()}, its
 * payload length. {@link #toBytes()} then weaves the list headers into the payload in one pass.
 */
public final class RlpWriter {

  private byte[] buf = new byte[64];
  private int size;

  // One entry per list in the order the lists were started, which is also the order their
  // headers appear in the output (an outer list's header precedes an inner one at the same spot).
  private int[] listAt = new int[8];
  private int[] listPayload = new int[8];
  private int lists;

  // Open lists: their entry index and the header bytes already owed by lists closed before them.
  private int[] openIndex = new int[8];
  private long[] openHeaderBytes = new long[8];
  private int depth;

  // Total size of the headers of all closed lists; they are not in buf yet but count in lengths.
  private long headerBytes;

  public RlpWriter() {}

  public static Bytes encodeList(Consumer<RlpWriter> body) {
    RlpWriter w = new RlpWriter().startList();
    body.accept(w);
    return w.endList().toBytes();
  }

  public RlpWriter writeBytes(Bytes b) {
    int n = b.size();
    if (n == 1 && b.getUnsigned(0) < 0x80) {
      ensure(1);
      buf[size++] = b.get(0);
      return this;
    }
    writeStringHeader(n);
    ensure(n);
    b.copyTo(buf, size);
    size += n;
    return this;
  }

  public RlpWriter writeBytes(byte[] b) {
    return writeBytes(Bytes.wrap(b));
  }

  /** {@code v} is unsigned: negative longs are values of 2^63 and above. */
  public RlpWriter writeLong(long v) {
    if (v >= 0 && v < 0x80) {
      ensure(1);
      buf[size++] = v == 0 ? (byte) 0x80 : (byte) v;
      return this;
    }
    int n = 8 - Long.numberOfLeadingZeros(v) / 8;
    ensure(1 + n);
    buf[size++] = (byte) (0x80 + n);
    writeBigEndian(v, n);
    return this;
  }

  public RlpWriter writeInt(int v) {
    if (v < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + v);
    }
    return writeLong(v);
  }

  public RlpWriter writeUInt256(UInt256 v) {
    return writeBytes(v.toMinimalBytes());
  }

  public RlpWriter writeBigInteger(BigInteger v) {
    if (v.signum() < 0) {
      throw new IllegalArgumentException("RLP integers are unsigned, got " + v);
    }
    return writeBytes(Bytes.minimalUnsigned(v));
  }

  public RlpWriter writeHash(Hash h) {
    return writeBytes(h.bytes());
  }

  public RlpWriter writeAddress(Address a) {
    return writeBytes(a.bytes());
  }

  /**
   * Splices one already-encoded item. Its outer framing is checked (one item, exact length) so a
   * bad splice fails here rather than producing output that every peer rejects.
   */
  public RlpWriter writeRaw(Bytes alreadyEncodedItem) {
    try {
      RlpReader r = RlpReader.of(alreadyEncodedItem);
      r.readRaw();
      r.expectEnd();
    } catch (RlpException e) {
      throw new IllegalArgumentException("writeRaw needs exactly one encoded RLP item: " + e.getMessage(), e);
    }
    ensure(alreadyEncodedItem.size());
    alreadyEncodedItem.copyTo(buf, size);
    size += alreadyEncodedItem.size();
    return this;
  }

  public RlpWriter startList() {
    if (lists == listAt.length) {
      listAt = Arrays.copyOf(listAt, lists * 2);
      listPayload = Arrays.copyOf(listPayload, lists * 2);
    }
    if (depth == openIndex.length) {
      openIndex = Arrays.copyOf(openIndex, depth * 2);
      openHeaderBytes = Arrays.copyOf(openHeaderBytes, depth * 2);
    }
    listAt[lists] = size;
    openIndex[depth] = lists;
    openHeaderBytes[depth] = headerBytes;
    lists++;
    depth++;
    return this;
  }

  public RlpWriter endList() {
    if (depth == 0) {
      throw new IllegalStateException("endList() without a matching startList()");
    }
    depth--;
    int index = openIndex[depth];
    long payload = (size - listAt[index]) + (headerBytes - openHeaderBytes[depth]);
    if (payload > Integer.MAX_VALUE) {
      throw new IllegalStateException("RLP list payload exceeds 2 GiB");
    }
    listPayload[index] = (int) payload;
    headerBytes += RlpHeaders.size((int) payload);
    return this;
  }

  public Bytes toBytes() {
    if (depth != 0) {
      throw new IllegalStateException(depth + " RLP list(s) still open: call endList()");
    }
    long total = size + headerBytes;
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("RLP output exceeds 2 GiB");
    }
    byte[] out = new byte[(int) total];
    int from = 0;
    int to = 0;
    for (int i = 0; i < lists; i++) {
      int n = listAt[i] - from;
      System.arraycopy(buf, from, out, to, n);
      from += n;
      to += n;
      to = RlpHeaders.put(out, to, RlpHeaders.LIST, listPayload[i]);
    }
    System.arraycopy(buf, from, out, to, size - from);
    return Bytes.wrap(out);
  }

  private void writeStringHeader(int length) {
    ensure(RlpHeaders.size(length));
    size = RlpHeaders.put(buf, size, RlpHeaders.STRING, length);
  }

  private void writeBigEndian(long v, int n) {
    for (int i = n - 1; i >= 0; i--) {
      buf[size + i] = (byte) v;
      v >>>= 8;
    }
    size += n;
  }




  private void ensure(int extra) {
    if (size + extra > buf.length || size + extra < 0) {
      long wanted = Math.max((long) buf.length * 2, (long) size + extra);
      if (wanted > Integer.MAX_VALUE - 8) {
        if ((long) size + extra > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("RLP output exceeds 2 GiB");
        }
        wanted = Integer.MAX_VALUE - 8;
      }
      buf = Arrays.copyOf(buf, (int) wanted);
    }
  }
}
