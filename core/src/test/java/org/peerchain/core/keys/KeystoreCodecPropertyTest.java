package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;

class KeystoreCodecPropertyTest {

  @Property(tries = 300)
  void decodeEncodeIsIdentity(@ForAll("files") KeystoreFile file) {
    String json = KeystoreCodec.encode(file);
    assertThat(KeystoreCodec.decode(json)).isEqualTo(file);
    assertThat(KeystoreCodec.encode(KeystoreCodec.decode(json))).isEqualTo(json);
  }

  @Provide
  Arbitrary<KeystoreFile> files() {
    Arbitrary<KdfParams> scrypt = Combinators.combine(
        Arbitraries.integers().between(1, 20).map(b -> 1 << b), Arbitraries.integers().between(1, 16),
        Arbitraries.integers().between(1, 16), Arbitraries.integers().between(32, 64), bytes(0, 64))
        .as(ScryptParams::new);
    Arbitrary<KdfParams> pbkdf2 = Combinators.combine(
        Arbitraries.integers().between(1, 1 << 22), Arbitraries.integers().between(32, 64), bytes(0, 64))
        .as(Pbkdf2Params::new);
    Arbitrary<Optional<Address>> address =
        bytes(20, 20).map(Address::wrap).optional();
    Arbitrary<UUID> id = Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
    return Combinators.combine(id, address, bytes(32, 32), bytes(16, 16), Arbitraries.oneOf(scrypt, pbkdf2),
        bytes(32, 32)).as(KeystoreFile::new);
  }

  private static Arbitrary<Bytes> bytes(int min, int max) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::wrap);
  }
}
