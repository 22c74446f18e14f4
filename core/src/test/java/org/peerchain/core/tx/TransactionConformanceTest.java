package org.peerchain.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peerchain.core.TestData;
import org.peerchain.core.bytes.Bytes;

/**
 * ethereum/tests TransactionTests: every case, judged by the newest fork it lists (Cancun, else
 * Shanghai, else London), with chain id 1. Valid cases must give the listed hash, sender and
 * intrinsic gas; invalid ones must be refused by decoding or stateless validation.
 */
class TransactionConformanceTest {
  private static final Path DIR = TestData.ethereumTests("TransactionTests");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long CHAIN_ID = 1;
  private static final int TOTAL_CASES = 210;
  private static final List<String> FORKS = List.of("Cancun", "Shanghai", "London");

  /** Cases we knowingly fail, each with the reason; the summary asserts exactly these fail. */
  private static final Set<String> KNOWN_FAILURES = Set.of();

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Optional<String> failure = evaluate(c);
      assertThat(failure).as(c.name()).isEmpty();
    }));
  }

  @Test
  void summary() {
    List<Case> all = cases();
    assertThat(all).hasSize(TOTAL_CASES);
    List<String> failed = new ArrayList<>();
    for (Case c : all) {
      evaluate(c).ifPresent(why -> failed.add(c.name() + ": " + why));
    }
    int passed = all.size() - failed.size();
    System.out.println("TransactionTests conformance: " + passed + "/" + all.size() + " passed");
    failed.forEach(f -> System.out.println("  FAILED " + f));
    assertThat(failed.stream().map(f -> f.substring(0, f.indexOf(':'))).toList())
        .containsExactlyInAnyOrderElementsOf(KNOWN_FAILURES);
    assertThat(passed).isEqualTo(TOTAL_CASES - KNOWN_FAILURES.size());
  }

  /** Empty when the case passes, else what went wrong. */
  private static Optional<String> evaluate(Case c) {
    Transaction tx;
    try {
      tx = TransactionDecoder.decode(c.txBytes());
    } catch (TransactionDecodingException e) {
      return c.valid() ? Optional.of("valid tx rejected by the decoder: " + e.getMessage()) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("decoder threw " + e);
    }
    ValidationResult result = new TransactionValidator(CHAIN_ID).validate(tx);
    if (!c.valid()) {
      return result.isValid()
          ? Optional.of("accepted, expected " + c.expected().get("exception").asText())
          : Optional.empty();
    }
    if (!(result instanceof ValidationResult.Valid valid)) {
      return Optional.of("valid tx rejected: " + ((ValidationResult.Invalid) result).message());
    }
    List<String> mismatches = new ArrayList<>();
    String hash = c.expected().get("hash").asText();
    String sender = c.expected().get("sender").asText();
    long intrinsic = Long.parseLong(c.expected().get("intrinsicGas").asText().substring(2), 16);
    if (!tx.hash().toHexString().equals(hash)) {
      mismatches.add("hash " + tx.hash() + " != " + hash);
    }
    if (!valid.sender().toHexString().equals(sender)) {
      mismatches.add("sender " + valid.sender().toHexString() + " != " + sender);
    }
    if (IntrinsicGas.of(tx) != intrinsic) {
      mismatches.add("intrinsic gas " + IntrinsicGas.of(tx) + " != " + intrinsic);
    }
    return mismatches.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", mismatches));
  }

  private record Case(String name, Bytes txBytes, JsonNode expected) {
    boolean valid() {
      return !expected.has("exception");
    }
  }

  private static List<Case> cases() {
    try (Stream<Path> files = Files.walk(DIR)) {
      List<Case> out = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String group = DIR.relativize(file.getParent()).toString();
        JsonNode root = JSON.readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode result = e.getValue().get("result");
          String fork = FORKS.stream().filter(result::has).findFirst()
              .orElseThrow(() -> new IllegalStateException(file + " lists none of " + FORKS));
          out.add(new Case(group + "/" + e.getKey() + " [" + fork + "]",
              Bytes.fromHexString(e.getValue().get("txbytes").asText()), result.get(fork)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
