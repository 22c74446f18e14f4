package org.peerchain.storage.kv;

import java.util.Objects;
import java.util.regex.Pattern;
import org.peerchain.core.bytes.Bytes;

/**
 * A typed column: a keyspace of its own. The {@code id} and {@code name} together are the on-disk
 * identity (the RocksDB column family is named {@code <id>-<name>}), so neither may ever change and
 * an id is never reused for another column, even after the column is dropped.
 */
public record Column<K, V>(int id, String name, Serializer<K> keySerializer, Serializer<V> valueSerializer) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public Column {
    if (id < 0) {
      throw new IllegalArgumentException("column id must not be negative: " + id);
    }
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("column name must be lower_snake_case: " + name);
    }
    Objects.requireNonNull(keySerializer, "keySerializer");
    Objects.requireNonNull(valueSerializer, "valueSerializer");
  }

  public static <K, V> Column<K, V> of(int id, String name, Serializer<K> keys, Serializer<V> values) {
    return new Column<>(id, name, keys, values);
  }

  /** The RocksDB column family name. */
  public String familyName() {
    return id + "-" + name;
  }

  public Bytes keyBytes(K key) {
    return keySerializer.serialize(Objects.requireNonNull(key, "key"));
  }

  public Bytes valueBytes(V value) {
    return valueSerializer.serialize(Objects.requireNonNull(value, "value"));
  }

  @Override
  public String toString() {
    return familyName();
  }
}
