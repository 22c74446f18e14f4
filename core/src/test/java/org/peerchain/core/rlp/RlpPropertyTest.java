package org.peerchain.core.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.UInt256;

class RlpPropertyTest {
  @Property
  void treesRoundTrip(@ForAll("trees") Object tree) {
    Bytes encoded = RlpTree.encode(tree);
    assertThat(RlpTree.decode(encoded)).isEqualTo(tree);
    assertThat(RlpTree.encode(RlpTree.decode(encoded))).isEqualTo(encoded);
  }

  @Property
  void longsRoundTripAsUnsigned(@ForAll long v) {
    Bytes encoded = new RlpWriter().writeLong(v).toBytes();
    BigInteger unsigned = new BigInteger(Long.toUnsignedString(v));
    assertThat(encoded).isEqualTo(new RlpWriter().writeBigInteger(unsigned).toBytes());
    assertThat(RlpReader.decodeSingle(encoded, RlpReader::readLong)).isEqualTo(v);
    assertThat(RlpReader.<BigInteger>decodeSingle(encoded, r -> r.readUnsigned(8))).isEqualTo(unsigned);
  }

  @Property
  void intsRoundTrip(@ForAll @IntRange(min = 0) int v) {
    Bytes encoded = new RlpWriter().writeInt(v).toBytes();
    assertThat(RlpReader.decodeSingle(encoded, RlpReader::readInt)).isEqualTo(v);
  }

  @Property
  void uint256sRoundTrip(@ForAll("uint256s") UInt256 v) {
    Bytes encoded = new RlpWriter().writeUInt256(v).toBytes();
    assertThat(RlpReader.decodeSingle(encoded, RlpReader::readUInt256)).isEqualTo(v);
    assertThat(encoded).isEqualTo(new RlpWriter().writeBigInteger(v.toBigInteger()).toBytes());
  }

  @Property(tries = 5000)
  void randomBytesFailOnlyWithRlpException(@ForAll @Size(max = 80) byte[] input) {
    assertDecodesOrRejectsCleanly(Bytes.wrap(input));
  }

  // Random bytes rarely look like RLP; corrupting one byte of a valid encoding reaches the deeper
  // paths (plausible headers with wrong lengths) far more often.
  @Property(tries = 2000)
  void corruptedEncodingsFailOnlyWithRlpException(
      @ForAll("trees") Object tree, @ForAll int where, @ForAll byte value) {
    byte[] encoded = RlpTree.encode(tree).toArray();
    encoded[Math.floorMod(where, encoded.length)] = value;
    assertDecodesOrRejectsCleanly(Bytes.wrap(encoded));
  }

  @Property
  void truncatedEncodingsAreRejected(@ForAll("trees") Object tree, @ForAll int cut) {
    Bytes encoded = RlpTree.encode(tree);
    // Any strict prefix (including empty) is missing header or payload bytes of the one item.
    int keep = Math.floorMod(cut, encoded.size());
    assertThatThrownBy(() -> RlpTree.decode(encoded.slice(0, keep))).isInstanceOf(RlpException.class);
  }

  private static void assertDecodesOrRejectsCleanly(Bytes input) {
    try {
      Object tree = RlpTree.decode(input);
      // Whatever the strict decoder accepts is canonical, so it re-encodes to the same bytes.
      assertThat(RlpTree.encode(tree)).isEqualTo(input);
    } catch (RlpException expected) {
      assertThat(expected.offset()).isBetween(0, input.size());
    }
  }

  @Provide
  Arbitrary<Object> trees() {
    Arbitrary<Object> leaf = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.bytes().array(byte[].class).ofMaxSize(3)),
        net.jqwik.api.Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(60)),
        net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMinSize(56).ofMaxSize(300)))
        .map(b -> (Object) Bytes.wrap((byte[]) b));
    return Arbitraries.recursive(
        () -> leaf,
        inner -> Arbitraries.oneOf(leaf, inner.list().ofMaxSize(6).map(l -> (Object) l)),
        0, 5);
  }

  @Provide
  Arbitrary<UInt256> uint256s() {
    return Arbitraries.oneOf(
            Arbitraries.bigIntegers().between(BigInteger.ZERO, UInt256.MAX_VALUE.toBigInteger()),
            Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(127), BigInteger.valueOf(128),
                UInt256.MAX_VALUE.toBigInteger()))
        .map(UInt256::valueOf);
  }
}
