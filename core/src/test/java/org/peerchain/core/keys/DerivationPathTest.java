package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerivationPathTest {

  @Test
  void parsesHardenedInAllSpellings() {
    DerivationPath expected = DerivationPath.ethereum(0);
    assertThat(DerivationPath.parse("m/44'/60'/0'/0/0")).isEqualTo(expected);
    assertThat(DerivationPath.parse("m/44h/60H/0'/0/0")).isEqualTo(expected);
    assertThat(expected.toString()).isEqualTo("m/44'/60'/0'/0/0");
    assertThat(DerivationPath.parse("m")).isEqualTo(DerivationPath.MASTER);
    assertThat(DerivationPath.parse("m/2147483647'").indices()).containsExactly(0xffffffff);
    assertThat(DerivationPath.ethereum(7).child(3).indices())
        .isEqualTo(List.of(0x8000002c, 0x8000003c, 0x80000000, 0, 7, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "44'/60'", "m/", "m//0", "m/-1", "m/2147483648", "m/4294967295'", "m/1x", "m/0''",
      "n/0", "m/ 1", "m/+1"})
  void badPathsAreRefusedClearly(String bad) {
    assertThatThrownBy(() -> DerivationPath.parse(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("derivation path");
  }
}
