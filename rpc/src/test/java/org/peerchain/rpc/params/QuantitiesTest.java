package org.peerchain.rpc.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.json.Json;

class QuantitiesTest {
  @Property
  void everyUint64RoundTrips(@ForAll long unsigned) {
    String q = Json.quantity(unsigned).textValue();
    assertThat(Quantities.parseUint64(q)).isEqualTo(unsigned);
    assertThat(q).isEqualTo("0x" + new BigInteger(Long.toUnsignedString(unsigned)).toString(16));
  }

  @Property
  void everyUint256RoundTrips(@ForAll @BigRange(min = "0", max = "115792089237316195423570985008687907853269984665640564039457584007913129639935") BigInteger v) {
    UInt256 value = UInt256.valueOf(v);
    assertThat(Quantities.UINT256.parse(Json.quantity(value))).isEqualTo(value);
  }

  @Property
  void leadingZerosAreRefused(@ForAll long unsigned, @ForAll @IntRange(min = 1, max = 3) int zeros) {
    String q = "0x" + "0".repeat(zeros) + Long.toHexString(unsigned);
    assertThatThrownBy(() -> Quantities.parseUint64(q)).hasMessageContaining("leading zero");
  }

  @Test
  void onlyAsciiHexDigitsAreDigits() {
    // Arabic-Indic three and fullwidth one are digits to Character.digit, not in a JSON-RPC quantity.
    assertThatThrownBy(() -> Quantities.parseUint64("0x\u0663")).hasMessageContaining("invalid hex character");
    assertThatThrownBy(() -> Quantities.parseUint64("0x\uff11")).hasMessageContaining("invalid hex character");
  }

  @Test
  void edgeCases() {
    assertThat(Quantities.parseUint64("0x0")).isZero();
    assertThat(Quantities.parseUint64("0xffffffffffffffff")).isEqualTo(-1L);
    assertThat(Quantities.parseUint64("0xABCdef")).isEqualTo(0xabcdefL);
    assertThatThrownBy(() -> Quantities.parseUint64("0x")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Quantities.parseUint64("0x10000000000000000")).hasMessageContaining("64 bits");
    assertThatThrownBy(() -> Quantities.parseUint64("12")).hasMessageContaining("0x");
    assertThatThrownBy(() -> Quantities.parseUint64("")).hasMessageContaining("0x");
    assertThatThrownBy(() -> Quantities.parseUint64("0x-1")).hasMessageContaining("invalid hex character");
    assertThatThrownBy(() -> Quantities.UINT64.parse(IntNode.valueOf(1))).hasMessageContaining("got a number");
    assertThatThrownBy(() -> Quantities.UINT256.parse(TextNode.valueOf("0x1" + "0".repeat(64))))
        .hasMessageContaining("256 bits");
  }

  @Test
  void blockParameters() {
    assertThat(BlockParameters.tagOrNumber("0x10")).isEqualTo(new BlockParameter.Number(16));
    assertThat(BlockParameters.tagOrNumber("safe")).isEqualTo(BlockParameter.Tag.SAFE);
    assertThatThrownBy(() -> BlockParameters.tagOrNumber("Latest")).hasMessageContaining("unknown block tag");
    assertThatThrownBy(() -> BlockParameters.tagOrNumber("0xffffffffffffffff")).hasMessageContaining("int64");
  }
}
