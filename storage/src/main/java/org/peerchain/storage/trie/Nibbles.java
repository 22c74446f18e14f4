package org.peerchain.storage.trie;

import java.util.Arrays;
import org.peerchain.core.bytes.Bytes;

/** Paths as one nibble (0..15) per byte: walking and splitting them needs no shifting. */
final class Nibbles {
  static final byte[] EMPTY = new byte[0];

  private Nibbles() {}

  static byte[] of(Bytes key) {
    byte[] out = new byte[key.size() * 2];
    key.read((array, offset, length) -> {
      for (int i = 0; i < length; i++) {
        int b = array[offset + i];
        out[2 * i] = (byte) ((b >> 4) & 0x0f);
        out[2 * i + 1] = (byte) (b & 0x0f);
      }
    });
    return out;
  }

  static byte[] slice(byte[] path, int from) {
    return from == path.length ? EMPTY : Arrays.copyOfRange(path, from, path.length);
  }

  static byte[] slice(byte[] path, int from, int to) {
    return from == to ? EMPTY : Arrays.copyOfRange(path, from, to);
  }

  static byte[] prepend(int nibble, byte[] path) {
    byte[] out = new byte[path.length + 1];
    out[0] = (byte) nibble;
    System.arraycopy(path, 0, out, 1, path.length);
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Length of the common prefix of {@code path} and {@code key} from {@code keyFrom}. */
  static int commonPrefix(byte[] path, byte[] key, int keyFrom) {
    int max = Math.min(path.length, key.length - keyFrom);
    int mismatch = Arrays.mismatch(path, 0, max, key, keyFrom, keyFrom + max);
    return mismatch < 0 ? max : mismatch;
  }

  /** Whether {@code key} from {@code keyFrom} starts with {@code path}. */
  static boolean startsWith(byte[] key, int keyFrom, byte[] path) {
    return key.length - keyFrom >= path.length
        && Arrays.equals(path, 0, path.length, key, keyFrom, keyFrom + path.length);
  }

  /** Whether {@code key} from {@code keyFrom} is exactly {@code path}. */
  static boolean equalsRest(byte[] key, int keyFrom, byte[] path) {
    return key.length - keyFrom == path.length && startsWith(key, keyFrom, path);
  }
}
