package org.peerchain.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Positive;
import org.junit.jupiter.api.Test;

class UInt256Test {
  @Test
  void overflowAndUnderflowThrowInsteadOfWrapping() {
    assertThatThrownBy(() -> UInt256.MAX_VALUE.add(UInt256.ONE)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> UInt256.ZERO.subtract(UInt256.ONE)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> UInt256.MAX_VALUE.multiply(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> UInt256.ONE.divide(UInt256.ZERO)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> UInt256.valueOf(-1)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void quantityParsingIsStrict() {
    assertThat(UInt256.fromQuantity("0x0")).isEqualTo(UInt256.ZERO);
    assertThat(UInt256.fromQuantity("0x1bc16d674ec80000").toString()).isEqualTo("2000000000000000000");
    assertThatThrownBy(() -> UInt256.fromQuantity("0x")).hasMessageContaining("quantity");
    assertThatThrownBy(() -> UInt256.fromQuantity("0x01")).hasMessageContaining("leading zeros");
    assertThatThrownBy(() -> UInt256.fromQuantity("12")).hasMessageContaining("0x");
    assertThatThrownBy(() -> UInt256.fromQuantity("0xg1")).hasMessageContaining("invalid hex");
    // Other scripts' digits are digits to Character.digit and BigInteger, but not hex on the wire.
    assertThatThrownBy(() -> UInt256.fromQuantity("0x\u0663")).hasMessageContaining("invalid hex");
    assertThatThrownBy(() -> UInt256.fromQuantity("0x\uff11")).hasMessageContaining("invalid hex");
    assertThatThrownBy(() -> UInt256.fromQuantity("0x1" + "0".repeat(64))).hasMessageContaining("256 bits");
  }

  @Test
  void decimalParsingRefusesSignsAndJunk() {
    assertThat(UInt256.fromDecimal("1000").toQuantity()).isEqualTo("0x3e8");
    assertThatThrownBy(() -> UInt256.fromDecimal("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UInt256.fromDecimal("1e18")).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void bytes32RoundTrips(@ForAll @Positive BigInteger raw) {
    UInt256 v = UInt256.valueOf(raw.mod(UInt256.MODULUS));
    assertThat(UInt256.fromBytes(v.toBytes32())).isEqualTo(v);
    assertThat(UInt256.fromBytes(v.toMinimalBytes())).isEqualTo(v);
    assertThat(UInt256.fromQuantity(v.toQuantity())).isEqualTo(v);
  }
}
