package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peerchain.core.TestData;
import org.peerchain.core.bytes.Bytes;

/** ethereum/tests KeyStoreTests: every file decrypts to its key, and not with a wrong password. */
class KeystoreConformanceTest {

  @TestFactory
  List<DynamicTest> basicTests() throws IOException {
    JsonNode cases = new ObjectMapper().readTree(TestData.ethereumTests("KeyStoreTests/basic_tests.json").toFile());
    List<DynamicTest> tests = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = cases.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> c = it.next();
      String json = c.getValue().get("json").toString();
      String password = c.getValue().get("password").asText();
      Bytes priv = Bytes.fromHexString(c.getValue().get("priv").asText());
      tests.add(DynamicTest.dynamicTest(c.getKey(), () -> {
        assertThat(KeystoreV3.decrypt(json, password).bytes()).isEqualTo(priv);
        KeystoreFile file = KeystoreCodec.decode(json);
        assertThat(KeystoreCodec.decode(KeystoreCodec.encode(file))).isEqualTo(file);
      }));
    }
    assertThat(tests).hasSize(5);
    return tests;
  }

  @TestFactory
  List<DynamicTest> wrongPasswordIsRefused() throws IOException {
    JsonNode cases = new ObjectMapper().readTree(TestData.ethereumTests("KeyStoreTests/basic_tests.json").toFile());
    // One per kdf is enough: the MAC check does not depend on the case.
    return List.of("test1", "mycrypto").stream().map(name -> DynamicTest.dynamicTest(name, () ->
        assertThatThrownBy(() -> KeystoreV3.decrypt(cases.get(name).get("json").toString(), "not the password"))
            .isInstanceOf(KeystoreException.class)
            .hasMessage("could not decrypt key with given password")
            .extracting(e -> ((KeystoreException) e).reason())
            .isEqualTo(KeystoreException.Reason.WRONG_PASSWORD))).toList();
  }
}
