package org.peerchain.core.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peerchain.core.bytes.Bytes;

/** The ethereum/tests RLP vectors: every valid case round-trips, every invalid case is rejected. */
class RlpConformanceTest {
  private static final Path DIR = Path.of(System.getProperty("peerchain.testdata"), "ethereum-tests", "RLPTests");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void vectorFilesHoldTheExpectedNumberOfCases() throws IOException {
    // Pins the counts so a truncated or swapped vector file cannot pass silently.
    assertThat(cases("rlptest.json")).hasSize(28);
    assertThat(cases("invalidRLPTest.json")).hasSize(26);
    assertThat(cases("RandomRLPTests/example.json")).hasSize(1);
  }

  @TestFactory
  Stream<DynamicTest> validCasesRoundTrip() throws IOException {
    return cases("rlptest.json").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Bytes expected = Bytes.fromHexString(c.out());
      assertThat(encodeJson(c.in())).as("encode(in)").isEqualTo(expected);
      Object decoded = RlpTree.decode(expected);
      assertThat(decoded).as("decode(out)").isEqualTo(expectedTree(c.in()));
      assertThat(RlpTree.encode(decoded)).as("encode(decode(out))").isEqualTo(expected);
    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidCasesAreRejected() throws IOException {
    return cases("invalidRLPTest.json").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      assertThat(c.in().asText()).isEqualTo("INVALID");
      assertThatThrownBy(() -> RlpTree.decode(Bytes.fromHexString(c.out())))
          .isInstanceOf(RlpException.class);
    }));
  }

  @TestFactory
  Stream<DynamicTest> randomCasesRoundTrip() throws IOException {
    return cases("RandomRLPTests/example.json").stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Bytes encoded = Bytes.fromHexString(c.out());
      if (c.in().asText().equals("INVALID")) {
        assertThatThrownBy(() -> RlpTree.decode(encoded)).isInstanceOf(RlpException.class);
      } else {
        assertThat(c.in().asText()).isEqualTo("VALID");
        assertThat(RlpTree.encode(RlpTree.decode(encoded))).isEqualTo(encoded);
      }
    }));
  }

  private record Case(String name, JsonNode in, String out) {}

  private static List<Case> cases(String file) throws IOException {
    JsonNode root = JSON.readTree(DIR.resolve(file).toFile());
    List<Case> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(new Case(e.getKey(), e.getValue().get("in"), e.getValue().get("out").asText()));
    }
    return out;
  }

  /** Encodes a JSON "in" value with the typed writer methods, as production codecs would. */
  private static Bytes encodeJson(JsonNode in) {
    RlpWriter w = new RlpWriter();
    writeJson(w, in);
    return w.toBytes();
  }

  private static void writeJson(RlpWriter w, JsonNode in) {
    if (in.isArray()) {
      w.startList();
      in.forEach(item -> writeJson(w, item));
      w.endList();
    } else if (in.isIntegralNumber()) {
      if (in.canConvertToLong()) {
        w.writeLong(in.longValue());
      } else {
        w.writeBigInteger(in.bigIntegerValue());
      }
    } else if (in.asText().startsWith("#")) {
      // ethereum/tests convention: "#<decimal>" is a big integer.
      w.writeBigInteger(new BigInteger(in.asText().substring(1)));
    } else {
      w.writeBytes(in.asText().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The generic tree a strict decode of the case's output should give. */
  private static Object expectedTree(JsonNode in) {
    if (in.isArray()) {
      List<Object> items = new ArrayList<>();
      in.forEach(item -> items.add(expectedTree(item)));
      return items;
    }
    if (in.isIntegralNumber()) {
      return Bytes.minimalUnsigned(in.bigIntegerValue());
    }
    if (in.asText().startsWith("#")) {
      return Bytes.minimalUnsigned(new BigInteger(in.asText().substring(1)));
    }
    return Bytes.wrap(in.asText().getBytes(StandardCharsets.UTF_8));
  }
}
