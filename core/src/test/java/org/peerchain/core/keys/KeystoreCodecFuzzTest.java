package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary text as a keystore file, which users bring from other wallets: either a
 * {@link KeystoreException} or a file that survives encode and decode unchanged.
 */
class KeystoreCodecFuzzTest {

  @FuzzTest
  @DictionaryEntries({"\"version\":3", "\"id\":", "\"address\":", "\"crypto\":", "\"Crypto\":", "\"cipher\":",
      "\"aes-128-ctr\"", "\"ciphertext\":", "\"cipherparams\":", "\"iv\":", "\"kdf\":", "\"scrypt\"", "\"pbkdf2\"",
      "\"kdfparams\":", "\"dklen\":", "\"salt\":", "\"n\":", "\"r\":", "\"p\":", "\"c\":", "\"prf\":",
      "\"hmac-sha256\"", "\"mac\":", "\"0x", "00000000000000000000000000000000"})
  void decodesOrRejects(byte[] data) {
    KeystoreFile file;
    try {
      file = KeystoreCodec.decode(new String(data, StandardCharsets.UTF_8));
    } catch (KeystoreException rejected) {
      return;
    }
    assertThat(KeystoreCodec.decode(KeystoreCodec.encode(file))).isEqualTo(file);
  }
}
