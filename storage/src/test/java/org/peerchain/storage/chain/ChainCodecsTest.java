package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.testsupport.ValueArbitraries;
import org.peerchain.core.types.Hash;

class ChainCodecsTest {
  @Property
  void txLocationsRoundTrip(@ForAll("locations") TxLocation location) {
    assertThat(TxLocationCodec.decode(TxLocationCodec.encode(location))).isEqualTo(location);
  }

  @Property
  void headsRoundTrip(@ForAll("heads") ChainHead head) {
    assertThat(ChainHeadCodec.decode(ChainHeadCodec.encode(head))).isEqualTo(head);
  }

  @Property
  void nonCanonicalLocationsAreRejected(@ForAll("locations") TxLocation location) {
    Bytes encoded = TxLocationCodec.encode(location);
    assertThatThrownBy(() -> TxLocationCodec.decode(encoded.concatWith(Bytes.of(0x80))))
        .isInstanceOf(RlpException.class);
    // A leading zero in the number is a second encoding of the same value.
    Bytes padded = new RlpWriter().startList().writeHash(location.blockHash())
        .writeBytes(Bytes.of(0, 1)).writeInt(location.index()).endList().toBytes();
    assertThatThrownBy(() -> TxLocationCodec.decode(padded)).isInstanceOf(RlpException.class);
  }

  @Property
  void aNegativeNumberIsNotAHead(@ForAll("hashes") Hash hash) {
    Bytes encoded = new RlpWriter().startList().writeBytes(Bytes.fromHexString("0x8000000000000000"))
        .writeHash(hash).writeHash(hash).endList().toBytes();
    assertThatThrownBy(() -> ChainHeadCodec.decode(encoded)).isInstanceOf(RlpException.class)
        .hasMessageContaining("invalid head pointer");
  }

  @Provide
  Arbitrary<TxLocation> locations() {
    return Combinators.combine(ValueArbitraries.hashes(), ValueArbitraries.longs(),
        Arbitraries.integers().greaterOrEqual(0)).as(TxLocation::new);
  }

  @Provide
  Arbitrary<ChainHead> heads() {
    return Combinators.combine(ValueArbitraries.longs(), ValueArbitraries.hashes(), ValueArbitraries.hashes())
        .as(ChainHead::new);
  }

  @Provide
  Arbitrary<Hash> hashes() {
    return ValueArbitraries.hashes();
  }
}
