package org.peerchain.core.testsupport;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/** jqwik generators for core value types, with RLP edge values (0, 127, 128, maxima) weighted in. */
public final class ValueArbitraries {
  private ValueArbitraries() {}

  public static Arbitrary<Bytes> bytes(int min, int max) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::wrap);
  }

  public static Arbitrary<Hash> hashes() {
    return Arbitraries.oneOf(Arbitraries.just(Hash.ZERO), bytes(Hash.SIZE, Hash.SIZE).map(Hash::wrap));
  }

  public static Arbitrary<Address> addresses() {
    return bytes(Address.SIZE, Address.SIZE).map(Address::wrap);
  }

  /** Non-negative longs. */
  public static Arbitrary<Long> longs() {
    return Arbitraries.oneOf(
        Arbitraries.of(0L, 1L, 127L, 128L, 255L, 256L, Long.MAX_VALUE),
        Arbitraries.longs().greaterOrEqual(0));
  }

  public static Arbitrary<UInt256> uint256s() {
    return Arbitraries.oneOf(
        Arbitraries.of(UInt256.ZERO, UInt256.ONE, UInt256.valueOf(1_000_000_000L), UInt256.MAX_VALUE),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, UInt256.MAX_VALUE.toBigInteger()).map(UInt256::valueOf));
  }
}
