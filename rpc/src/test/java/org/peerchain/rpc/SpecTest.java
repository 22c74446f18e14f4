package org.peerchain.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerchain.rpc.api.SyncProgress;
import org.peerchain.rpc.fixture.FixtureTransactions;
import org.peerchain.rpc.fixture.TestServer;

/**
 * Runs every request/response file under {@code spec/<method>/} against a server over the
 * fixture chain. A file holds {@code request} (sent as is), {@code response} (compared as JSON;
 * the string "&lt;any&gt;" matches any value) and optionally {@code setup} for the fake node:
 * {@code reject} (the pool's rejection message), {@code pooled} (put the fixture's pending transfer
 * in the pool), {@code syncing} ([start, current, highest]), {@code snapshots} (how many the dev
 * cheats take first).
 */
class SpecTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String ANY = "<any>";
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.standard();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path root = Path.of(SpecTest.class.getResource("/spec").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted()
          .map(p -> Arguments.of(root.relativize(p).toString(), p)).toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesSpec(String name, Path file) throws IOException {
    ObjectNode spec = (ObjectNode) MAPPER.readTree(file.toFile());
    setUp(spec.get("setup"));
    HttpResponse<String> response = server.post(MAPPER.writeValueAsString(spec.get("request")));
    assertThat(response.statusCode()).as(name).isEqualTo(200);
    JsonNode actual = MAPPER.readTree(response.body());
    if (!spec.has("response") && Boolean.getBoolean("spec.record")) {
      // Filling in a new case; the recorded answer must then be checked by hand before committing.
      spec.set("response", actual);
      Path source = Path.of("src/test/resources/spec").resolve(name);
      Files.writeString(source, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec) + "\n");
      return;
    }
    assertThat(spec.has("response")).as("%s has a response", name).isTrue();
    JsonNode expected = spec.get("response");
    assertThat(matches(expected, actual)).as("%s%nexpected %s%nactual   %s", name, expected, actual).isTrue();
  }

  private static void setUp(JsonNode setup) {
    server.node().reset();
    server.dev().reset();
    if (setup == null) {
      return;
    }
    if (setup.has("reject")) {
      server.node().rejectWith(setup.get("reject").textValue());
    }
    if (setup.has("pooled")) {
      server.node().submit(FixtureTransactions.pendingTransfer());
    }
    if (setup.has("snapshots")) {
      for (int i = 0; i < setup.get("snapshots").intValue(); i++) {
        server.dev().snapshot();
      }
    }
    if (setup.has("syncing")) {
      JsonNode s = setup.get("syncing");
      server.node().syncing(new SyncProgress(s.get(0).longValue(), s.get(1).longValue(), s.get(2).longValue()));
    }
  }

  static boolean matches(JsonNode expected, JsonNode actual) {
    if (expected.isTextual() && ANY.equals(expected.textValue())) {
      return actual != null;
    }
    if (actual == null || expected.getNodeType() != actual.getNodeType()) {
      return false;
    }
    if (expected.isObject()) {
      if (expected.size() != actual.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (!matches(f.getValue(), actual.get(f.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!matches(expected.get(i), actual.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return expected.equals(actual);
  }
}
