package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ScryptTest {

  // RFC 7914 section 12, the two vectors small enough for a unit test.
  @Test
  void rfc7914Vectors() {
    assertThat(Bytes.wrap(Scrypt.rfc7914(new byte[0], new byte[0], 16, 1, 1, 64))).isEqualTo(Bytes.fromHexString(
        "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
            + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"));
    assertThat(Bytes.wrap(Scrypt.rfc7914(ascii("password"), ascii("NaCl"), 1024, 8, 16, 64)))
        .isEqualTo(Bytes.fromHexString(
            "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"));
  }

  @Property(tries = 60)
  void agreesWithBouncyCastleWhereItRuns(@ForAll @Size(max = 40) byte[] password, @ForAll @Size(max = 40) byte[] salt,
      @ForAll @IntRange(min = 1, max = 10) int log2n, @ForAll @IntRange(min = 1, max = 4) int r,
      @ForAll @IntRange(min = 1, max = 3) int p, @ForAll @IntRange(min = 32, max = 64) int dklen) {
    int n = 1 << log2n;
    assertThat(Scrypt.rfc7914(password, salt, n, r, p, dklen)).isEqualTo(SCrypt.generate(password, salt, n, r, p, dklen));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
