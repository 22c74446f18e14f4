package org.peerchain.storage.trie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** The stack trie against the ordinary trie, and ordered walks against a sorted map. */
class StackTriePropertiesTest {
  @Property(tries = 300)
  void buildsTheSameRootAndAReopenableTrie(@ForAll("leaves") TreeMap<Bytes, Bytes> leaves) {
    InMemoryTrieNodeStore nodes = new InMemoryTrieNodeStore();
    StackTrie stack = new StackTrie(nodes);
    leaves.forEach(stack::put);
    Hash root = stack.commit();

    MerklePatriciaTrie expected = MerklePatriciaTrie.inMemory();
    leaves.forEach(expected::put);
    assertThat(root).isEqualTo(expected.rootHash());
    MerklePatriciaTrie reopened = new MerklePatriciaTrie(nodes, root);
    leaves.forEach((key, value) -> assertThat(reopened.get(key)).contains(value));
  }

  @Property(tries = 300)
  void visitFromWalksTheSortedTail(@ForAll("leaves") TreeMap<Bytes, Bytes> leaves, @ForAll("keys") Bytes start) {
    InMemoryTrieNodeStore nodes = new InMemoryTrieNodeStore();
    MerklePatriciaTrie built = MerklePatriciaTrie.inMemory();
    leaves.forEach(built::put);
    MerklePatriciaTrie stored = new MerklePatriciaTrie(nodes, built.commit(nodes));
    List<Bytes> visited = new ArrayList<>();
    stored.visitFrom(start, (key, value) -> {
      assertThat(value).isEqualTo(leaves.get(key));
      return visited.add(key);
    });
    assertThat(visited).containsExactlyElementsOf(leaves.tailMap(start, true).keySet());
  }

  @Test
  void rejectsKeysOutOfOrder() {
    StackTrie stack = new StackTrie(TrieNodeSink.DISCARD);
    stack.put(Bytes.of(2, 0), Bytes.of(1));
    assertThatThrownBy(() -> stack.put(Bytes.of(1, 0), Bytes.of(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stack.put(Bytes.of(2, 0), Bytes.of(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stack.put(Bytes.of(3), Bytes.of(1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyStackTrieHasTheEmptyRoot() {
    assertThat(new StackTrie(TrieNodeSink.DISCARD).commit()).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
  }

  @Provide
  Arbitrary<Bytes> keys() {
    // Four bytes from a small alphabet: shared prefixes, extensions and embedded nodes.
    return Arbitraries.of((byte) 0x00, (byte) 0x01, (byte) 0x10, (byte) 0xab, (byte) 0xff)
        .array(byte[].class).ofSize(4).map(Bytes::wrap);
  }

  @Provide
  Arbitrary<TreeMap<Bytes, Bytes>> leaves() {
    Arbitrary<Bytes> values = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(48).map(Bytes::wrap);
    return Arbitraries.maps(keys(), values).ofMaxSize(200).withSizeDistribution(RandomDistribution.uniform())
        .map(map -> new TreeMap<>((Map<Bytes, Bytes>) map));
  }
}
