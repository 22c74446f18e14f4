package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peerchain.core.bytes.Bytes;

/**
 * Sorts a block's rows by key bytes, as RocksDB orders them. Keys are hashes or addresses, spread
 * evenly, so their first eight bytes almost always decide: comparing those as one long saves the
 * general byte comparison that otherwise dominates sorting tens of thousands of rows.
 */
final class KeyOrder {
  private KeyOrder() {}

  private record Keyed<K, V>(long prefix, Bytes key, Map.Entry<K, V> entry) {}

  static <K, V> List<Map.Entry<K, V>> sorted(Map<K, V> rows, Function<K, Bytes> bytes) {
    List<Keyed<K, V>> keyed = new ArrayList<>(rows.size());
    for (Map.Entry<K, V> entry : rows.entrySet()) {
      Bytes key = bytes.apply(entry.getKey());
      keyed.add(new Keyed<>(prefix(key), key, entry));
    }
    keyed.sort((a, b) -> {
      int byPrefix = Long.compareUnsigned(a.prefix, b.prefix);
      return byPrefix != 0 ? byPrefix : a.key.compareTo(b.key);
    });
    List<Map.Entry<K, V>> out = new ArrayList<>(keyed.size());
    keyed.forEach(k -> out.add(k.entry));
    return out;
  }

  /** The first eight bytes big-endian, zero-padded: unsigned order agrees with the bytes' order. */
  static long prefix(Bytes key) {
    long prefix = 0;
    int n = Math.min(8, key.size());
    for (int i = 0; i < n; i++) {
      prefix |= (long) key.getUnsigned(i) << (56 - 8 * i);
    }
    return prefix;
  }
}
