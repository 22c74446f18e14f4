package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.keys.KeystoreException.Reason;

class KeystoreV3Test {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final PrivateKey KEY =
      PrivateKey.fromHexString("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  private static final String PASSWORD = "correct horse battery staple";
  private static final String LIGHT_JSON =
      KeystoreCodec.encode(KeystoreV3.encrypt(KEY, PASSWORD, KdfPreset.SCRYPT_LIGHT, new SecureRandom()));

  @ParameterizedTest
  @EnumSource(value = KdfPreset.class, names = {"SCRYPT_LIGHT", "PBKDF2"})
  void writeThenRead(KdfPreset preset) {
    KeystoreFile file = KeystoreV3.encrypt(KEY, PASSWORD, preset, new SecureRandom());
    String json = KeystoreCodec.encode(file);
    assertThat(KeystoreV3.decrypt(json, PASSWORD)).isEqualTo(KEY);
    assertThat(file.kdf().kdf()).isEqualTo(preset == KdfPreset.PBKDF2 ? "pbkdf2" : "scrypt");
  }

  @Test
  void standardPresetIsGethsAndRoundTrips() {
    KeystoreFile file = KeystoreV3.encrypt(KEY, PASSWORD, KdfPreset.SCRYPT_STANDARD);
    assertThat(file.kdf()).isEqualTo(new ScryptParams(262144, 8, 1, 32, file.kdf().salt()));
    assertThat(KeystoreV3.decrypt(file, PASSWORD)).isEqualTo(KEY);
  }

  @Test
  void writesGethsLayout() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(LIGHT_JSON);
    assertThat(root.get("address").asText()).isEqualTo("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    assertThat(root.get("version").asInt()).isEqualTo(3);
    assertThat(UUID.fromString(root.get("id").asText()).version()).isEqualTo(4);
    assertThat(root.at("/crypto/cipher").asText()).isEqualTo("aes-128-ctr");
    assertThat(root.at("/crypto/kdfparams/n").asInt()).isEqualTo(4096);
    assertThat(root.at("/crypto/kdfparams/p").asInt()).isEqualTo(6);
    assertThat(root.at("/crypto/kdfparams/salt").asText()).hasSize(64).doesNotStartWith("0x");
    assertThat(root.at("/crypto/cipherparams/iv").asText()).hasSize(32);
    assertThat(LIGHT_JSON).doesNotContain(KEY.bytes().toHexString().substring(2));
  }

  @Test
  void wrongPasswordUsesGethsWordingAndDoesNotLeak() {
    assertThatThrownBy(() -> KeystoreV3.decrypt(LIGHT_JSON, "wrong"))
        .isInstanceOf(KeystoreException.class)
        .hasMessage("could not decrypt key with given password")
        .satisfies(e -> assertThat(((KeystoreException) e).reason()).isEqualTo(Reason.WRONG_PASSWORD));
  }

  @Test
  void capitalisedCryptoKeyIsAccepted() {
    String json = LIGHT_JSON.replace("\"crypto\"", "\"Crypto\"");
    assertThat(KeystoreV3.decrypt(json, PASSWORD)).isEqualTo(KEY);
  }

  @Test
  void addressIsOptionalAndMayCarry0x() {
    assertThat(KeystoreV3.decrypt(edit(r -> r.remove("address")), PASSWORD)).isEqualTo(KEY);
    assertThat(KeystoreV3.decrypt(edit(r -> r.put("address", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")),
        PASSWORD)).isEqualTo(KEY);
  }

  @Test
  void addressThatIsNotTheKeysIsRefused() {
    String json = edit(r -> r.put("address", "70997970c51812dc3a010c7d01b50e0d17dc79c8"));
    assertReason(json, Reason.ADDRESS_MISMATCH, "address");
  }

  @Test
  void unsupportedVersionKdfCipherPrf() {
    assertReason(edit(r -> r.put("version", 1)), Reason.UNSUPPORTED, "version 1");
    assertReason(edit(r -> crypto(r).put("kdf", "argon2")), Reason.UNSUPPORTED, "argon2");
    assertReason(edit(r -> crypto(r).put("cipher", "aes-128-cbc")), Reason.UNSUPPORTED, "aes-128-cbc");
    String pbkdf2 = KeystoreCodec.encode(KeystoreV3.encrypt(KEY, PASSWORD,
        new Pbkdf2Params(2, 32, Bytes.fromHexString("0x0102")), Bytes.wrap(new byte[16]), UUID.randomUUID()));
    assertReason(pbkdf2.replace("hmac-sha256", "hmac-sha512"), Reason.UNSUPPORTED, "hmac-sha512");
  }

  @Test
  void malformedFieldsAreNamed() {
    assertReason("{not json", Reason.MALFORMED, "not valid JSON");
    assertReason("[]", Reason.MALFORMED, "not a JSON object");
    assertReason(edit(r -> r.remove("crypto")), Reason.MALFORMED, "\"crypto\" is missing");
    assertReason(edit(r -> r.remove("id")), Reason.MALFORMED, "\"id\" is missing");
    assertReason(edit(r -> r.put("id", "nope")), Reason.MALFORMED, "\"id\" is not a UUID");
    assertReason(edit(r -> r.put("address", "1234")), Reason.MALFORMED, "\"address\"");
    assertReason(edit(r -> crypto(r).put("mac", "zz")), Reason.MALFORMED, "\"crypto.mac\" is not hex");
    assertReason(edit(r -> crypto(r).put("ciphertext", "00")), Reason.MALFORMED, "\"crypto.ciphertext\" must be 32 bytes");
    assertReason(edit(r -> ((ObjectNode) crypto(r).get("cipherparams")).put("iv", "0011")),
        Reason.MALFORMED, "\"crypto.cipherparams.iv\" must be 16 bytes");
    assertReason(edit(r -> kdfParams(r).put("n", "4096")), Reason.MALFORMED, "\"crypto.kdfparams.n\" must be an integer");
    assertReason(edit(r -> kdfParams(r).remove("salt")), Reason.MALFORMED, "\"crypto.kdfparams.salt\" is missing");
    assertReason(edit(r -> kdfParams(r).put("n", 1000)), Reason.MALFORMED, "power of two");
    assertReason(edit(r -> kdfParams(r).put("dklen", 16)), Reason.MALFORMED, "dklen");
  }

  @Test
  void hostileKdfCostIsRefusedBeforeAnyWork() {
    assertReason(edit(r -> kdfParams(r).put("n", 1 << 30)), Reason.LIMIT_EXCEEDED, "\"crypto.kdfparams.n\"");
    assertReason(edit(r -> kdfParams(r).put("n", 1L << 40)), Reason.LIMIT_EXCEEDED, "too large");
    assertReason(edit(r -> kdfParams(r).put("n", 1 << 20).put("r", 8)), Reason.LIMIT_EXCEEDED, "256 MiB");
    assertReason(edit(r -> kdfParams(r).put("n", 1 << 18).put("r", 8).put("p", 64)), Reason.LIMIT_EXCEEDED, "n·r·p");
    String pbkdf2 = KeystoreCodec.encode(KeystoreV3.encrypt(KEY, PASSWORD,
        new Pbkdf2Params(2, 32, Bytes.fromHexString("0x0102")), Bytes.wrap(new byte[16]), UUID.randomUUID()));
    assertReason(pbkdf2.replace("\"c\":2", "\"c\":100000000"), Reason.LIMIT_EXCEEDED, "\"crypto.kdfparams.c\"");
  }

  @Test
  void tamperedCiphertextIsAWrongPassword() {
    String json = edit(r -> {
      String ct = crypto(r).get("ciphertext").asText();
      crypto(r).put("ciphertext", (ct.charAt(0) == '0' ? "1" : "0") + ct.substring(1));
    });
    assertReason(json, Reason.WRONG_PASSWORD, "could not decrypt");
  }

  @Test
  void deterministicWithSeededRandomnessAndFixedParams() {
    KdfParams kdf = ScryptParams.light(Bytes.fromHexString("0x00112233"));
    UUID id = UUID.fromString("3198bc9c-6672-4ab3-9995-4942343ae5b6");
    Bytes iv = Bytes.wrap(new byte[16]);
    KeystoreFile a = KeystoreV3.encrypt(KEY, PASSWORD, kdf, iv, id);
    assertThat(KeystoreV3.encrypt(KEY, PASSWORD, kdf, iv, id)).isEqualTo(a);
    assertThat(a.address()).contains(Secp256k1.get().publicKey(KEY).address());
  }

  @Test
  void noSecretsInToString() {
    assertThat(KEY.toString()).doesNotContain("ac0974");
    KeystoreFile file = KeystoreCodec.decode(LIGHT_JSON);
    assertThat(file.toString()).doesNotContain(file.ciphertext().toHexString().substring(2, 10))
        .doesNotContain(file.kdf().salt().toHexString().substring(2, 10)).contains("scrypt");
  }

  @Test
  void gethFileName() {
    assertThat(KeystoreFileName.of(Secp256k1.get().publicKey(KEY).address(),
        java.time.Instant.parse("2016-03-22T12:57:55.920751759Z")))
        .isEqualTo("UTC--2016-03-22T12-57-55.920751759Z--f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  }

  private static void assertReason(String json, Reason reason, String messagePart) {
    assertThatThrownBy(() -> KeystoreV3.decrypt(json, PASSWORD))
        .isInstanceOf(KeystoreException.class)
        .hasMessageContaining(messagePart)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD))
        .satisfies(e -> assertThat(((KeystoreException) e).reason()).isEqualTo(reason));
  }

  private static String edit(Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(LIGHT_JSON);
      change.accept(root);
      return root.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectNode crypto(ObjectNode root) {
    return (ObjectNode) root.get("crypto");
  }

  private static ObjectNode kdfParams(ObjectNode root) {
    return (ObjectNode) crypto(root).get("kdfparams");
  }
}
