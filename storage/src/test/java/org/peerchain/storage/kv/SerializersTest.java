package org.peerchain.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;

class SerializersTest {
  @Property
  void longsKeepTheirNumericOrderAsBytes(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b) {
    Bytes x = Serializers.LONG_BE.serialize(a);
    Bytes y = Serializers.LONG_BE.serialize(b);
    assertThat(x.size()).isEqualTo(8);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(Long.compare(a, b)));
    assertThat(Serializers.LONG_BE.deserialize(x)).isEqualTo(a);
  }

  @Property
  void stringsRoundTrip(@ForAll String s) {
    // Lone surrogates have no UTF-8 form; everything else must come back unchanged.
    if (s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)) {
      assertThat(Serializers.UTF8.deserialize(Serializers.UTF8.serialize(s))).isEqualTo(s);
    }
  }

  @Test
  void refusesWhatCannotBeRepresented() {
    assertThatThrownBy(() -> Serializers.LONG_BE.serialize(-1L)).hasMessageContaining("negative");
    assertThatThrownBy(() -> Serializers.LONG_BE.deserialize(Bytes.of(1))).hasMessageContaining("8 bytes");
    assertThatThrownBy(() -> Serializers.HASH.deserialize(Bytes.of(1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Serializers.ADDRESS.deserialize(Serializers.ADDRESS.serialize(Address.ZERO))).isEqualTo(Address.ZERO);
  }
}
