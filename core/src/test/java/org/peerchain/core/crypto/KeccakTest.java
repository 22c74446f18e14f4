package org.peerchain.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.KeccakDigest;
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

  /** Every length around the 136-byte rate's block edges, and slices at any offset, against Bouncy Castle. */
  @Property(tries = 400)
  void agreesWithBouncyCastle(@ForAll @Size(max = 700) byte[] input, @ForAll @IntRange(max = 8) int skip) {
    int offset = Math.min(skip, input.length);
    KeccakDigest reference = new KeccakDigest(256);
    reference.update(input, offset, input.length - offset);
    byte[] expected = new byte[32];
    reference.doFinal(expected, 0);
    assertThat(Keccak.hash(input, offset, input.length - offset).bytes().toArray()).isEqualTo(expected);
  }

  @Test
  void blockEdgesAgreeWithBouncyCastle() {
    for (int length = 0; length <= 3 * 136 + 1; length++) {
      byte[] input = new byte[length];
      for (int i = 0; i < length; i++) {
        input[i] = (byte) (i * 31 + length);
      }
      KeccakDigest reference = new KeccakDigest(256);
      reference.update(input, 0, length);
      byte[] expected = new byte[32];
      reference.doFinal(expected, 0);
      assertThat(Keccak.hash(input).bytes().toArray()).as("length %d", length).isEqualTo(expected);
    }
  }
}
