package org.peerchain.storage.kv;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** The standard serializers. */
public final class Serializers {
  public static final Serializer<Bytes> BYTES = of("bytes", b -> b, b -> b);
  public static final Serializer<Hash> HASH = of("hash", Hash::bytes, Hash::wrap);
  public static final Serializer<Address> ADDRESS = of("address", Address::bytes, Address::wrap);
  public static final Serializer<String> UTF8 =
      of("utf8", s -> Bytes.wrap(s.getBytes(StandardCharsets.UTF_8)),
          b -> new String(b.toArray(), StandardCharsets.UTF_8));

  /**
   * A non-negative long as exactly 8 big-endian bytes. Fixed width and no sign keeps the unsigned
   * byte order equal to the numeric order, so block numbers iterate in order; negatives are
   * refused because their two's-complement form would sort after every positive.
   */
  public static final Serializer<Long> LONG_BE = of("long-be", Serializers::longToBytes, Serializers::bytesToLong);

  private Serializers() {}

  public static <T> Serializer<T> of(String name, Function<T, Bytes> serialize, Function<Bytes, T> deserialize) {
    return new Serializer<>() {
      @Override
      public Bytes serialize(T value) {
        return serialize.apply(value);
      }

      @Override
      public T deserialize(Bytes bytes) {
        return deserialize.apply(bytes);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static Bytes longToBytes(Long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a long key must not be negative: " + value);
    }
    return Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
  }

  private static Long bytesToLong(Bytes bytes) {
    if (bytes.size() != Long.BYTES) {
      throw new IllegalArgumentException("a long is 8 bytes, got " + bytes.size());
    }
    return ByteBuffer.wrap(bytes.toArray()).getLong();
  }
}
