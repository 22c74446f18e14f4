package org.peerchain.storage.trie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** Random puts and deletes against a TreeMap model. */
class TriePropertiesTest {
  /** An update; an empty value deletes. */
  record Op(Bytes key, Bytes value) {}

  @Property(tries = 300)
  void contentsMatchModel(@ForAll("ops") List<Op> ops) {
    Trie trie = MerklePatriciaTrie.inMemory();
    TreeMap<Bytes, Bytes> model = apply(trie, ops);
    for (Bytes key : keysOf(ops)) {
      assertThat(trie.get(key)).isEqualTo(Optional.ofNullable(model.get(key)));
    }
  }

  @Property(tries = 300)
  void rootIsIndependentOfHistoryAndOrder(@ForAll("ops") List<Op> ops, @ForAll long seed) {
    Trie trie = MerklePatriciaTrie.inMemory();
    TreeMap<Bytes, Bytes> model = apply(trie, ops);
    List<Map.Entry<Bytes, Bytes>> entries = new ArrayList<>(model.entrySet());
    Collections.shuffle(entries, new Random(seed));
    Trie fresh = MerklePatriciaTrie.inMemory();
    entries.forEach(e -> fresh.put(e.getKey(), e.getValue()));
    assertThat(trie.rootHash()).isEqualTo(fresh.rootHash());
  }

  @Property(tries = 200)
  void deletingEverythingGivesTheEmptyRoot(@ForAll("ops") List<Op> ops) {
    Trie trie = MerklePatriciaTrie.inMemory();
    TreeMap<Bytes, Bytes> model = apply(trie, ops);
    trie.rootHash();
    model.keySet().forEach(trie::delete);
    assertThat(trie.rootHash()).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
  }

  @Property(tries = 200)
  void reopenedFromCommittedNodesGivesSameContentsAndRoot(
      @ForAll("ops") List<Op> first, @ForAll("ops") List<Op> second) {
    InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
    Trie trie = new MerklePatriciaTrie(store);
    TreeMap<Bytes, Bytes> model = apply(trie, first);
    Hash firstRoot = trie.commit(store);
    // Continue on a reopened trie, so the second batch loads nodes lazily, and commit again.
    Trie reopened = new MerklePatriciaTrie(store, firstRoot);
    applyTo(reopened, second, model);
    Hash secondRoot = reopened.commit(store);

    Trie fromStore = new MerklePatriciaTrie(store, secondRoot);
    assertThat(fromStore.rootHash()).isEqualTo(secondRoot);
    for (Bytes key : keysOf(first, second)) {
      assertThat(fromStore.get(key)).isEqualTo(Optional.ofNullable(model.get(key)));
    }
    Trie rebuilt = MerklePatriciaTrie.inMemory();
    model.forEach(rebuilt::put);
    assertThat(rebuilt.rootHash()).isEqualTo(secondRoot);
    // The first root stays readable: commits only add nodes.
    assertThat(new MerklePatriciaTrie(store, firstRoot).rootHash()).isEqualTo(firstRoot);
  }

  @Property(tries = 200)
  void everyStoredNodeReencodesToItsBytes(@ForAll("ops") List<Op> ops) {
    InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
    Trie trie = MerklePatriciaTrie.inMemory();
    apply(trie, ops);
    trie.commit(store);
    store.asMap().forEach((hash, encoded) ->
        assertThat(TrieNodeEncoder.encode(TrieNodeDecoder.decode(encoded))).isEqualTo(encoded));
  }

  @Property(tries = 300)
  void proofsVerifyForPresentAndAbsentKeys(@ForAll("ops") List<Op> ops, @ForAll("key") Bytes absent) {
    Trie trie = MerklePatriciaTrie.inMemory();
    TreeMap<Bytes, Bytes> model = apply(trie, ops);
    Hash root = trie.rootHash();
    TreeSet<Bytes> keys = keysOf(ops);
    keys.add(absent);
    for (Bytes key : keys) {
      assertThat(MerklePatriciaTrie.verify(root, key, trie.proof(key)))
          .isEqualTo(Optional.ofNullable(model.get(key)));
    }
  }

  @Property(tries = 300)
  void tamperedProofsAreRejected(
      @ForAll("ops") List<Op> ops, @ForAll("key") Bytes key, @ForAll long seed) {
    Trie trie = MerklePatriciaTrie.inMemory();
    apply(trie, ops);
    Hash root = trie.rootHash();
    List<Bytes> proof = trie.proof(key);
    if (root.equals(MerklePatriciaTrie.EMPTY_TRIE_ROOT)) {
      return; // the empty root proves every absence by itself
    }
    Random random = new Random(seed);
    int victim = random.nextInt(proof.size());

    List<Bytes> altered = new ArrayList<>(proof);
    byte[] bytes = proof.get(victim).toArray();
    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
    altered.set(victim, Bytes.wrap(bytes));
    assertThatThrownBy(() -> MerklePatriciaTrie.verify(root, key, altered))
        .isInstanceOf(InvalidProofException.class);

    List<Bytes> shortened = new ArrayList<>(proof);
    shortened.remove(victim);
    assertThatThrownBy(() -> MerklePatriciaTrie.verify(root, key, shortened))
        .isInstanceOf(InvalidProofException.class);
  }

  @Property(tries = 100)
  void secureTrieMatchesModelAndProves(@ForAll("ops") List<Op> ops, @ForAll("key") Bytes absent) {
    InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
    SecureTrie trie = new SecureTrie(store);
    TreeMap<Bytes, Bytes> model = apply(trie, ops);
    Hash root = trie.commit(store);
    SecureTrie reopened = new SecureTrie(store, root);
    TreeSet<Bytes> keys = keysOf(ops);
    keys.add(absent);
    for (Bytes key : keys) {
      Optional<Bytes> expected = Optional.ofNullable(model.get(key));
      assertThat(reopened.get(key)).isEqualTo(expected);
      assertThat(SecureTrie.verify(root, key, reopened.proof(key))).isEqualTo(expected);
    }
  }

  @Property(tries = 100)
  void snapshotsAreUnaffectedByLaterUpdates(@ForAll("ops") List<Op> before, @ForAll("ops") List<Op> after) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    TreeMap<Bytes, Bytes> model = apply(trie, before);
    MerklePatriciaTrie snapshot = trie.snapshot();
    apply(trie, after);
    trie.commit(TrieNodeSink.DISCARD);
    Trie rebuilt = MerklePatriciaTrie.inMemory();
    model.forEach(rebuilt::put);
    assertThat(snapshot.rootHash()).isEqualTo(rebuilt.rootHash());
    for (Bytes key : keysOf(before, after)) {
      assertThat(snapshot.get(key)).isEqualTo(Optional.ofNullable(model.get(key)));
    }
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Bytes> values = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Bytes.EMPTY)),
        Tuple.of(4, bytes(1, 3)),
        Tuple.of(3, bytes(4, 40)),
        Tuple.of(1, bytes(41, 120)));
    return Combinators.combine(key(), values).as(Op::new).list().ofMaxSize(60);
  }

  /** Few distinct nibbles and short lengths, so keys collide, share prefixes and prefix each other. */
  @Provide
  Arbitrary<Bytes> key() {
    Arbitrary<Bytes> dense = Arbitraries.of((byte) 0x00, (byte) 0x01, (byte) 0x10, (byte) 0x11, (byte) 0xf1)
        .list().ofMaxSize(4).map(TriePropertiesTest::toBytes);
    return Arbitraries.frequencyOf(
        Tuple.of(5, dense), Tuple.of(1, bytes(32, 32)));
  }

  private static Arbitrary<Bytes> bytes(int min, int max) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max).map(Bytes::wrap);
  }

  private static Bytes toBytes(List<Byte> list) {
    byte[] out = new byte[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return Bytes.wrap(out);
  }

  private static TreeMap<Bytes, Bytes> apply(Trie trie, List<Op> ops) {
    TreeMap<Bytes, Bytes> model = new TreeMap<>();
    applyTo(trie, ops, model);
    return model;
  }

  private static void applyTo(Trie trie, List<Op> ops, TreeMap<Bytes, Bytes> model) {
    for (Op op : ops) {
      trie.put(op.key(), op.value());
      if (op.value().isEmpty()) {
        model.remove(op.key());
      } else {
        model.put(op.key(), op.value());
      }
    }
  }

  @SafeVarargs
  private static TreeSet<Bytes> keysOf(List<Op>... batches) {
    TreeSet<Bytes> keys = new TreeSet<>();
    for (List<Op> ops : batches) {
      ops.forEach(op -> keys.add(op.key()));
    }
    return keys;
  }
}
