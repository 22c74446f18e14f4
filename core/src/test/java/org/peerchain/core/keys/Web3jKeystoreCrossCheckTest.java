package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerchain.core.crypto.PrivateKey;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Wallet;
import org.web3j.crypto.WalletFile;
import org.web3j.crypto.WalletUtils;

/** Keystores move both ways between us and web3j, a client used in production. */
class Web3jKeystoreCrossCheckTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PASSWORD = "pässwörd ☃";

  @Test
  void weReadWeb3jLightFiles() throws Exception {
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 3; i++) {
      PrivateKey key = PrivateKey.random(random);
      WalletFile file = Wallet.createLight(PASSWORD, ECKeyPair.create(key.toBigInteger()));
      String json = MAPPER.writeValueAsString(file);
      assertThat(KeystoreV3.decrypt(json, PASSWORD)).isEqualTo(key);
    }
  }

  @Test
  void weReadWeb3jStandardFiles() throws Exception {
    PrivateKey key = PrivateKey.random(new SecureRandom());
    WalletFile file = Wallet.createStandard(PASSWORD, ECKeyPair.create(key.toBigInteger()));
    assertThat(KeystoreV3.decrypt(MAPPER.writeValueAsString(file), PASSWORD)).isEqualTo(key);
  }

  @Test
  void weReadFilesWrittenByWalletUtils(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    PrivateKey key = PrivateKey.random(new SecureRandom());
    String name = WalletUtils.generateWalletFile(PASSWORD, ECKeyPair.create(key.toBigInteger()), dir.toFile(), false);
    String json = java.nio.file.Files.readString(dir.resolve(name));
    assertThat(KeystoreV3.decrypt(json, PASSWORD)).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(KdfPreset.class)
  void web3jReadsOurFiles(KdfPreset preset) throws Exception {
    PrivateKey key = PrivateKey.random(new SecureRandom());
    String json = KeystoreCodec.encode(KeystoreV3.encrypt(key, PASSWORD, preset));
    WalletFile file = MAPPER.readValue(json, WalletFile.class);
    ECKeyPair pair = Wallet.decrypt(PASSWORD, file);
    assertThat(pair.getPrivateKey()).isEqualTo(key.toBigInteger());
    assertThat(file.getAddress()).isEqualTo(org.web3j.crypto.Keys.getAddress(pair));
  }
}
