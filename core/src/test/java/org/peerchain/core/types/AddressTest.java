package org.peerchain.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {
  // The examples given in the EIP-55 text.
  @ParameterizedTest
  @ValueSource(strings = {
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
      "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
      "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
      "0x52908400098527886E0F7030069857D2E4169EE7",
      "0xde709f2102306220921060314715629080e2fb77"})
  void checksumMatchesEip55Examples(String checksummed) {
    Address a = Address.fromHexString(checksummed.toLowerCase());
    assertThat(a.toChecksumString()).isEqualTo(checksummed);
    assertThat(Address.fromHexString(checksummed)).isEqualTo(a);
    assertThat(a.toString()).isEqualTo(checksummed);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
      "0xfb6916095ca1df60bB79Ce92cE3Ea74c37c5d359"})
  void wrongMixedCaseChecksumIsRefused(String bad) {
    assertThatThrownBy(() -> Address.fromHexString(bad)).hasMessageContaining("checksum");
    assertThat(Address.isValid(bad)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0x1234", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaedff", "0xzzaeb6053f3e94c9b9a09f33669435e7ef1beaed", ""})
  void malformedIsRefused(String bad) {
    assertThatThrownBy(() -> Address.fromHexString(bad)).isInstanceOf(IllegalArgumentException.class);
  }

  @org.junit.jupiter.api.Test
  void allUpperCaseIsAccepted() {
    assertThat(Address.fromHexString("0x52908400098527886E0F7030069857D2E4169EE7".toUpperCase().replace("0X", "0x")))
        .isEqualTo(Address.fromHexString("0x52908400098527886e0f7030069857d2e4169ee7"));
  }
}
