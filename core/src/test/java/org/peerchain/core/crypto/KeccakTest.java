package org.peerchain.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;

class KeccakTest {
  @Test
  void knownDigests() {
    assertThat(Keccak.EMPTY.toHexString())
        .isEqualTo("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    // keccak(rlp([])) is Ethereum's empty ommers hash.
    assertThat(Keccak.hash(Bytes.of(0xc0)).toHexString())
        .isEqualTo("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
    assertThat(Keccak.hash("hello".getBytes(StandardCharsets.US_ASCII)).toHexString())
        .isEqualTo("0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8");
  }

  @Test
  void sliceHashEqualsCopyHash() {
    Bytes whole = Bytes.fromHexString("0x00112233445566778899");
    assertThat(Keccak.hash(whole.slice(2, 5))).isEqualTo(Keccak.hash(whole.slice(2, 5).toArray()));
  }
}
