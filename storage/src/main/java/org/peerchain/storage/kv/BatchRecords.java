package org.peerchain.storage.kv;

import java.util.Arrays;
import org.peerchain.core.bytes.Bytes;

/**
 * A write batch in RocksDB's own serialized form (db/write_batch.cc: a 12-byte header of sequence
 * number and count, then one tagged record per operation), built in Java memory. A block's commit
 * has tens of thousands of rows; handing them to RocksDB as one array costs one native call
 * instead of one per row, and copies each key and value once instead of twice.
 */
final class BatchRecords {
  private static final int HEADER = 12;
  private static final int COUNT_OFFSET = 8;
  // Record tags; the column family variants carry the family id, the plain ones mean family 0.
  private static final byte DELETION = 0x0;
  private static final byte VALUE = 0x1;
  private static final byte COLUMN_FAMILY_DELETION = 0x4;
  private static final byte COLUMN_FAMILY_VALUE = 0x5;

  private byte[] buffer = new byte[256];
  private int size = HEADER;
  private int count;

  void put(int family, Bytes key, Bytes value) {
    ensure(1 + 5 + 5 + key.size() + 5 + value.size());
    tag(family, VALUE, COLUMN_FAMILY_VALUE);
    string(key);
    string(value);
    count++;
  }

  void delete(int family, Bytes key) {
    ensure(1 + 5 + 5 + key.size());
    tag(family, DELETION, COLUMN_FAMILY_DELETION);
    string(key);
    count++;
  }

  int count() {
    return count;
  }

  /** The serialized batch, header included; sequence number 0, which RocksDB assigns on write. */
  byte[] toArray() {
    byte[] out = Arrays.copyOf(buffer, size);
    out[COUNT_OFFSET] = (byte) count;
    out[COUNT_OFFSET + 1] = (byte) (count >>> 8);
    out[COUNT_OFFSET + 2] = (byte) (count >>> 16);
    out[COUNT_OFFSET + 3] = (byte) (count >>> 24);
    return out;
  }

  private void tag(int family, byte plain, byte withFamily) {
    if (family == 0) {
      buffer[size++] = plain;
    } else {
      buffer[size++] = withFamily;
      varint(family);
    }
  }

  private void string(Bytes bytes) {
    varint(bytes.size());
    bytes.copyTo(buffer, size);
    size += bytes.size();
  }

  private void varint(int value) {
    while ((value & ~0x7f) != 0) {
      buffer[size++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    buffer[size++] = (byte) value;
  }

  private void ensure(int more) {
    if (buffer.length - size < more) {
      long wanted = Math.max((long) buffer.length * 2, (long) size + more);
      if (wanted > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("write batch larger than 2 GiB");
      }
      buffer = Arrays.copyOf(buffer, (int) wanted);
    }
  }
}
