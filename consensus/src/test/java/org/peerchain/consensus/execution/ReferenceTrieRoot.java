package org.peerchain.consensus.execution;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.Hash;

/**
 * A second, deliberately naive root of Ethereum's hexary trie, written from the Yellow Paper's
 * appendix D: the node for a set of keys is built recursively from the sorted keys, with its own
 * RLP and web3j's Keccak, sharing no code with the storage trie. For cross-checks only.
 */
final class ReferenceTrieRoot {
  private record Item(int[] nibbles, byte[] value) {}

  private ReferenceTrieRoot() {}

  static byte[] root(Map<byte[], byte[]> entries) {
    List<Item> items = new ArrayList<>();
    entries.forEach((key, value) -> items.add(new Item(nibbles(key), value)));
    items.sort(Comparator.comparing(Item::nibbles, Arrays::compare));
    byte[] node = items.isEmpty() ? string(new byte[0]) : node(items, 0);
    return Hash.sha3(node);
  }

  /** rlp(i), the key of the i-th transaction or receipt. */
  static byte[] indexKey(int i) {
    if (i == 0) {
      return new byte[] {(byte) 0x80};
    }
    if (i < 0x80) {
      return new byte[] {(byte) i};
    }
    byte[] big = java.math.BigInteger.valueOf(i).toByteArray();
    byte[] minimal = big[0] == 0 ? Arrays.copyOfRange(big, 1, big.length) : big;
    return string(minimal);
  }

  private static byte[] node(List<Item> items, int depth) {
    if (items.size() == 1) {
      Item only = items.get(0);
      return list(string(hexPrefix(Arrays.copyOfRange(only.nibbles, depth, only.nibbles.length), true)),
          string(only.value));
    }
    int shared = sharedPrefix(items, depth);
    if (shared > 0) {
      int[] prefix = Arrays.copyOfRange(items.get(0).nibbles, depth, depth + shared);
      return list(string(hexPrefix(prefix, false)), reference(node(items, depth + shared)));
    }
    byte[][] slots = new byte[17][];
    byte[] value = new byte[0];
    for (int nibble = 0; nibble < 16; nibble++) {
      List<Item> child = new ArrayList<>();
      for (Item item : items) {
        if (item.nibbles.length > depth && item.nibbles[depth] == nibble) {
          child.add(item);
        }
      }
      slots[nibble] = child.isEmpty() ? string(new byte[0]) : reference(node(child, depth + 1));
    }
    for (Item item : items) {
      if (item.nibbles.length == depth) {
        value = item.value;
      }
    }
    slots[16] = string(value);
    return list(slots);
  }

  private static int sharedPrefix(List<Item> items, int depth) {
    int shared = 0;
    while (true) {
      int at = depth + shared;
      int[] first = items.get(0).nibbles;
      for (Item item : items) {
        if (item.nibbles.length <= at || first.length <= at || item.nibbles[at] != first[at]) {
          return shared;
        }
      }
      shared++;
    }
  }

  private static byte[] reference(byte[] node) {
    return node.length < 32 ? node : string(Hash.sha3(node));
  }

  private static byte[] hexPrefix(int[] nibbles, boolean leaf) {
    boolean odd = nibbles.length % 2 == 1;
    int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    if (odd) {
      out.write(flag << 4 | nibbles[0]);
      i = 1;
    } else {
      out.write(flag << 4);
    }
    for (; i < nibbles.length; i += 2) {
      out.write(nibbles[i] << 4 | nibbles[i + 1]);
    }
    return out.toByteArray();
  }

  private static int[] nibbles(byte[] key) {
    int[] out = new int[key.length * 2];
    for (int i = 0; i < key.length; i++) {
      out[2 * i] = (key[i] >> 4) & 0xf;
      out[2 * i + 1] = key[i] & 0xf;
    }
    return out;
  }

  private static byte[] string(byte[] bytes) {
    if (bytes.length == 1 && (bytes[0] & 0xff) < 0x80) {
      return bytes;
    }
    return concat(header(0x80, bytes.length), bytes);
  }

  private static byte[] list(byte[]... items) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    for (byte[] item : items) {
      payload.writeBytes(item);
    }
    return concat(header(0xc0, payload.size()), payload.toByteArray());
  }

  private static byte[] header(int base, int length) {
    if (length <= 55) {
      return new byte[] {(byte) (base + length)};
    }
    byte[] big = java.math.BigInteger.valueOf(length).toByteArray();
    byte[] len = big[0] == 0 ? Arrays.copyOfRange(big, 1, big.length) : big;
    return concat(new byte[] {(byte) (base + 55 + len.length)}, len);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
