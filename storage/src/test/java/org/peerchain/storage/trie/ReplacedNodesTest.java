package org.peerchain.storage.trie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * Reference counting from the hook: +1 per node a commit emits, -1 per reported replacement. After
 * every commit the counts must equal how often each stored node occurs in the current trie.
 */
class ReplacedNodesTest {
  record Op(Bytes key, Bytes value) {}

  @Property(tries = 300)
  void emittedMinusReplacedEqualsReachableNodes(
      @ForAll("rounds") List<List<Op>> rounds, @ForAll boolean reopenEachRound) {
    InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
    Map<Hash, Integer> counts = new HashMap<>();
    MerklePatriciaTrie trie = new MerklePatriciaTrie(store);
    for (List<Op> round : rounds) {
      trie.observeReplacedNodes(hash -> counts.merge(hash, -1, Integer::sum));
      for (Op op : round) {
        trie.put(op.key(), op.value());
      }
      Hash root = trie.commit((hash, node) -> {
        store.put(hash, node);
        counts.merge(hash, 1, Integer::sum);
      });
      counts.values().removeIf(c -> c == 0);
      assertThat(counts).isEqualTo(TrieNodes.reachable(store, root));
      if (reopenEachRound) {
        trie = new MerklePatriciaTrie(store, root);
      }
    }
  }

  @Provide
  Arbitrary<List<List<Op>>> rounds() {
    // Few keys and values, so values return to old ones and nodes get re-created; short values
    // give embedded nodes and a short root.
    Arbitrary<Bytes> keys = Arbitraries.of("01", "0102", "0103", "02", "1234", "123456", "f0", "f001")
        .map(Bytes::fromHexString);
    Arbitrary<Bytes> values = Arbitraries.of("", "", "aa", "bb", "aa".repeat(40), "cc".repeat(40))
        .map(Bytes::fromHexString);
    Arbitrary<Op> op = Combinators.combine(keys, values).as(Op::new);
    return op.list().ofMaxSize(8).list().ofMinSize(1).ofMaxSize(12);
  }
}
