package org.peerchain.storage.trie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peerchain.core.TestData;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * ethereum/tests TrieTests. trietestnextprev.json is not run: it tests ordered next/previous-key
 * iteration, an API this trie does not offer (nothing in the node needs ordered state iteration).
 */
class EthereumTrieTestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> trietest() throws IOException {
    return cases("trietest.json", 5, MerklePatriciaTrie::inMemory);
  }

  @TestFactory
  Stream<DynamicTest> trieanyorder() throws IOException {
    return cases("trieanyorder.json", 7, MerklePatriciaTrie::inMemory);
  }

  @TestFactory
  Stream<DynamicTest> trietestSecure() throws IOException {
    return cases("trietest_secureTrie.json", 3, SecureTrie::inMemory);
  }

  @TestFactory
  Stream<DynamicTest> trieanyorderSecure() throws IOException {
    return cases("trieanyorder_secureTrie.json", 7, SecureTrie::inMemory);
  }

  @TestFactory
  Stream<DynamicTest> hexEncodedSecure() throws IOException {
    return cases("hex_encoded_securetrie_test.json", 3, SecureTrie::inMemory);
  }

  private static Stream<DynamicTest> cases(String file, int expected, Supplier<Trie> newTrie)
      throws IOException {
    JsonNode tests = JSON.readTree(TestData.ethereumTests("TrieTests/" + file).toFile());
    List<DynamicTest> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = tests.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> test = it.next();
      JsonNode in = test.getValue().get("in");
      Hash root = Hash.fromHexString(test.getValue().get("root").asText());
      List<Bytes[]> ops = operations(in);
      out.add(DynamicTest.dynamicTest(file + " " + test.getKey(), () -> {
        assertThat(apply(newTrie.get(), ops).rootHash()).isEqualTo(root);
        if (in.isObject()) {
          // "anyorder": the root must not depend on the order of insertion.
          List<Bytes[]> reversed = new ArrayList<>(ops);
          Collections.reverse(reversed);
          assertThat(apply(newTrie.get(), reversed).rootHash()).isEqualTo(root);
        }
        InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
        assertThat(apply(newTrie.get(), ops).commit(store)).isEqualTo(root);
      }));
    }
    assertThat(out).as("test cases in %s", file).hasSize(expected);
    return out.stream();
  }

  private static Trie apply(Trie trie, List<Bytes[]> ops) {
    for (Bytes[] op : ops) {
      if (op[1] == null) {
        trie.delete(op[0]);
      } else {
        trie.put(op[0], op[1]);
      }
    }
    return trie;
  }

  /** "in" is a list of [key, value-or-null] pairs or an object of key → value. */
  private static List<Bytes[]> operations(JsonNode in) {
    List<Bytes[]> ops = new ArrayList<>();
    if (in.isArray()) {
      for (JsonNode pair : in) {
        ops.add(new Bytes[] {decode(pair.get(0)), decode(pair.get(1))});
      }
    } else {
      in.fields().forEachRemaining(e ->
          ops.add(new Bytes[] {decode(e.getKey()), decode(e.getValue())}));
    }
    return ops;
  }

  private static Bytes decode(JsonNode node) {
    return node == null || node.isNull() ? null : decode(node.asText());
  }

  /** As the reference runners: "0x…" is hex, anything else is the string's bytes. */
  private static Bytes decode(String s) {
    return s.startsWith("0x") ? Bytes.fromHexString(s) : Bytes.wrap(s.getBytes(StandardCharsets.UTF_8));
  }
}
