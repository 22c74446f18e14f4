package org.peerchain.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BytesTest {
  @Test
  void hexRejectsOddLengthAndBadDigitsWithPosition() {
    assertThatThrownBy(() -> Hex.decode("0xabc")).hasMessageContaining("odd number of digits");
    assertThatThrownBy(() -> Hex.decode("0xab-d")).hasMessageContaining("position 4");
    assertThatThrownBy(() -> Hex.decodePrefixed("abcd")).hasMessageContaining("must start with 0x");
    assertThat(Hex.decode("0xABcd")).containsExactly(0xab, 0xcd);
    assertThat(Hex.decode("")).isEmpty();
  }

  @Test
  void slicesShareContentButCopiesDoNotLeak() {
    byte[] raw = {1, 2, 3, 4, 5};
    Bytes b = Bytes.wrap(raw);
    Bytes mid = b.slice(1, 3);
    assertThat(mid).isEqualTo(Bytes.of(2, 3, 4));
    assertThat(mid.hashCode()).isEqualTo(Bytes.of(2, 3, 4).hashCode());
    byte[] copy = mid.toArray();
    copy[0] = 9;
    assertThat(mid.get(0)).isEqualTo((byte) 2);
    assertThatThrownBy(() -> mid.slice(2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void minimalUnsignedDropsLeadingZeros() {
    assertThat(Bytes.minimalUnsigned(0)).isEqualTo(Bytes.EMPTY);
    assertThat(Bytes.minimalUnsigned(0x0100)).isEqualTo(Bytes.of(1, 0));
    assertThat(Bytes.minimalUnsigned(-1L)).isEqualTo(Bytes.fromHexString("ffffffffffffffff"));
    assertThat(Bytes.minimalUnsigned(java.math.BigInteger.valueOf(255))).isEqualTo(Bytes.of(0xff));
  }

  @Test
  void ordersUnsigned() {
    assertThat(Bytes.of(0x80).compareTo(Bytes.of(0x01))).isPositive();
    assertThat(Bytes.of(1).compareTo(Bytes.of(1, 0))).isNegative();
  }
}
