package org.peerchain.storage.kv;

import org.peerchain.core.bytes.Bytes;

/**
 * Turns a value into the bytes stored in a column and back. A key serializer decides the iteration
 * order: the store orders keys by their serialized bytes, unsigned and lexicographically.
 */
public interface Serializer<T> {
  Bytes serialize(T value);

  /** Throws {@link IllegalArgumentException} for bytes that no value serializes to. */
  T deserialize(Bytes bytes);
}
