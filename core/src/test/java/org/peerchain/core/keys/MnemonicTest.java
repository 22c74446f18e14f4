package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerchain.core.bytes.Bytes;
import org.web3j.crypto.MnemonicUtils;

class MnemonicTest {

  // From the BIP-39 reference vectors (trezor/python-mnemonic vectors.json), passphrase "TREZOR".
  @ParameterizedTest
  @CsvSource({
      "00000000000000000000000000000000, abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about,"
          + " c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04",
      "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f, legal winner thank year wave sausage worth useful legal winner thank yellow,"
          + " 2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607",
      "80808080808080808080808080808080, letter advice cage absurd amount doctor acoustic avoid letter advice cage above,"
          + " d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12eb2e47ed2ac03b5c462a0358d18d69fe4f985ec81778c1b370b652a8",
      "ffffffffffffffffffffffffffffffff, zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong,"
          + " ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6f15b11c61dee327651a14c34e18231052e48c069",
  })
  void referenceVectors(String entropy, String phrase, String seed) {
    Mnemonic fromEntropy = Mnemonic.fromEntropy(Bytes.fromHexString(entropy));
    assertThat(fromEntropy.phrase()).isEqualTo(phrase);
    Mnemonic parsed = Mnemonic.parse(phrase);
    assertThat(parsed).isEqualTo(fromEntropy);
    assertThat(parsed.entropy()).isEqualTo(Bytes.fromHexString(entropy));
    assertThat(parsed.toSeed("TREZOR")).isEqualTo(Bytes.fromHexString(seed));
  }

  @Test
  void twentyFourWordVector() {
    Mnemonic m = Mnemonic.fromEntropy(Bytes.fromHexString("0x" + "00".repeat(32)));
    assertThat(m.words()).hasSize(24).endsWith("art");
    assertThat(Mnemonic.isValid(m.phrase())).isTrue();
  }

  @Test
  void messyInputIsNormalised() {
    Mnemonic m = Mnemonic.parse("  Test test\ttest test test test\n test test test test test JUNK ");
    assertThat(m.phrase()).isEqualTo(DevAccounts.MNEMONIC);
  }

  @Test
  void badWordIsNamedByPositionNotEchoed() {
    assertThatThrownBy(() -> Mnemonic.parse("test test test test test test test test test test test bogusword"))
        .isInstanceOf(InvalidMnemonicException.class)
        .hasMessageContaining("word 12")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("bogusword").doesNotContain("test"));
  }

  @Test
  void badChecksumIsRefused() {
    assertThatThrownBy(() -> Mnemonic.parse("test test test test test test test test test test test test"))
        .isInstanceOf(InvalidMnemonicException.class).hasMessageContaining("checksum");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abandon", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"})
  void wrongLengthIsRefused(String phrase) {
    assertThatThrownBy(() -> Mnemonic.parse(phrase)).isInstanceOf(InvalidMnemonicException.class);
  }

  @Test
  void passphraseIsNfkdNormalised() {
    Mnemonic m = Mnemonic.parse(DevAccounts.MNEMONIC);
    // "é" precomposed (U+00E9) and decomposed (e + U+0301) must give the same seed.
    assertThat(m.toSeed("caf\u00e9")).isEqualTo(m.toSeed("cafe\u0301"));
    assertThat(m.toSeed(null)).isEqualTo(m.toSeed(""));
  }

  @Test
  void generateMakesValidPhrasesOfTheAskedLength() {
    SecureRandom random = new SecureRandom();
    for (int words = 12; words <= 24; words += 3) {
      Mnemonic m = Mnemonic.generate(words, random);
      assertThat(m.words()).hasSize(words);
      assertThat(Mnemonic.parse(m.phrase())).isEqualTo(m);
    }
    assertThatThrownBy(() -> Mnemonic.generate(13, random)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringHidesWords() {
    assertThat(Mnemonic.parse(DevAccounts.MNEMONIC).toString()).doesNotContain("test").contains("12 words");
  }

  @Test
  void agreesWithWeb3jOnRandomEntropy() {
    Random random = new Random(39);
    for (int i = 0; i < 40; i++) {
      byte[] entropy = new byte[16 + 4 * random.nextInt(5)];
      random.nextBytes(entropy);
      Mnemonic ours = Mnemonic.fromEntropy(Bytes.wrap(entropy));
      String theirs = MnemonicUtils.generateMnemonic(entropy);
      assertThat(ours.phrase()).isEqualTo(theirs);
      assertThat(MnemonicUtils.validateMnemonic(ours.phrase())).isTrue();
      String passphrase = i % 2 == 0 ? "" : "pass " + i;
      assertThat(ours.toSeed(passphrase).toArray()).isEqualTo(MnemonicUtils.generateSeed(theirs, passphrase));
    }
  }
}
