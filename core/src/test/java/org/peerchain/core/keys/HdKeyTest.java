package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerchain.core.bytes.Bytes;
import org.web3j.crypto.Bip32ECKeyPair;

class HdKeyTest {
  private static final String SEED1 = "000102030405060708090a0b0c0d0e0f";
  private static final String SEED2 = "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a2"
      + "9f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542";

  // BIP-32 test vectors 1 and 2: the private keys of the extended keys the BIP lists.
  @ParameterizedTest
  @CsvSource({
      SEED1 + ", m, e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35",
      SEED1 + ", m/0H, edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea",
      SEED1 + ", m/0H/1, 3c6cb8d0f6a264c91ea8b5030fadaa8e538b020f0a387421a12de9319dc93368",
      SEED1 + ", m/0H/1/2H, cbce0d719ecf7431d88e6a89fa1483e02e35092af60c042b1df2ff59fa424dca",
      SEED1 + ", m/0H/1/2H/2, 0f479245fb19a38a1954c5c7c0ebab2f9bdfd96a17563ef28a6a4b1a2a764ef4",
      SEED1 + ", m/0H/1/2H/2/1000000000, 471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8",
      SEED2 + ", m, 4b03d6fc340455b363f51020ad3ecca4f0850280cf436c70c727923f6db46c3e",
      SEED2 + ", m/0, abe74a98f6c7eabee0428f53798f0ab8aa1bd37873999041703c742f15ac7e1e",
      SEED2 + ", m/0/2147483647H, 877c779ad9687164e9c2f4f0f4ff0340814392330693ce95a58fe18fd52e6e93",
      SEED2 + ", m/0/2147483647H/1, 704addf544a06e5ee4bea37098463c23613da32020d604506da8c0518e1da4b7",
      SEED2 + ", m/0/2147483647H/1/2147483646H, f1c7c871a54a804afe328b4c83a1c33b8e5ff48f5087273f04efa83b247d6a2d",
      SEED2 + ", m/0/2147483647H/1/2147483646H/2, bb7d39bdb83ecf58f2fd82b6d918341cbef428661ef01ab97c28a4842125ac23",
  })
  void bip32Vectors(String seed, String path, String privateKey) {
    HdKey key = HdKey.master(Bytes.fromHexString(seed)).derive(path);
    assertThat(key.privateKey().bytes()).isEqualTo(Bytes.fromHexString(privateKey));
  }

  @Test
  void bip32Vector1MasterChainCode() {
    assertThat(HdKey.master(Bytes.fromHexString(SEED1)).chainCode())
        .isEqualTo(Bytes.fromHexString("873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508"));
  }

  @Test
  void agreesWithWeb3jOnRandomSeedsAndPaths() {
    Random random = new Random(32);
    for (int i = 0; i < 20; i++) {
      byte[] seed = new byte[64];
      random.nextBytes(seed);
      int[] path = new int[1 + random.nextInt(5)];
      for (int j = 0; j < path.length; j++) {
        path[j] = random.nextInt() & (random.nextBoolean() ? 0xffffffff : 0x7fffffff);
      }
      Bip32ECKeyPair theirs = Bip32ECKeyPair.deriveKeyPair(Bip32ECKeyPair.generateKeyPair(seed), path);
      HdKey ours = HdKey.master(Bytes.wrap(seed));
      for (int index : path) {
        ours = ours.child(index);
      }
      assertThat(ours.privateKey().toBigInteger()).isEqualTo(theirs.getPrivateKey());
      assertThat(ours.chainCode().toArray()).isEqualTo(theirs.getChainCode());
    }
  }

  @Test
  void toStringHidesTheKey() {
    HdKey key = HdKey.master(Bytes.fromHexString(SEED1));
    assertThat(key.toString()).doesNotContain("e8f32e").doesNotContain("873dff");
  }
}
