package org.peerchain.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;

class KeyRangeTest {
  @Test
  void aPrefixEndsAtItsSuccessor() {
    assertThat(KeyRange.prefix(Bytes.of(1, 2)).upper()).isEqualTo(Bytes.of(1, 3));
    assertThat(KeyRange.prefix(Bytes.of(1, 0xff)).upper()).isEqualTo(Bytes.of(2));
    assertThat(KeyRange.prefix(Bytes.of(0xff, 0xff)).upper()).isNull();
    assertThat(KeyRange.prefix(Bytes.EMPTY)).isSameAs(KeyRange.all());
  }

  @Test
  void atMostIncludesTheKeyButNothingLonger() {
    KeyRange range = KeyRange.atMost(Bytes.of(5));
    assertThat(range.contains(Bytes.of(5))).isTrue();
    assertThat(range.contains(Bytes.of(4, 0xff))).isTrue();
    assertThat(range.contains(Bytes.of(5, 0))).isFalse();
  }

  @Test
  void boundsMustBeOrdered() {
    assertThatThrownBy(() -> KeyRange.between(Bytes.of(2), Bytes.of(1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(KeyRange.between(Bytes.of(1), Bytes.of(1)).contains(Bytes.of(1))).isFalse();
  }
}
