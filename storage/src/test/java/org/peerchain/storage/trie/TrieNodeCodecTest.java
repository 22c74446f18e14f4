package org.peerchain.storage.trie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;

class TrieNodeCodecTest {
  private static final String HASH = "a0" + "11".repeat(32);

  @Test
  void encodesTheYellowPaperExample() {
    Trie trie = MerklePatriciaTrie.inMemory();
    trie.put(utf8("doe"), utf8("reindeer"));
    trie.put(utf8("dog"), utf8("puppy"));
    trie.put(utf8("dogglesworth"), utf8("cat"));
    assertThat(trie.rootHash()).isEqualTo(
        Hash.fromHexString("0x8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3"));
  }

  @Test
  void decodesLeafExtensionAndBranch() {
    LeafNode leaf = (LeafNode) TrieNodeDecoder.decode(hex("c58320646f01")); // even leaf path
    assertThat(leaf.path).containsExactly(6, 4, 6, 15);
    assertThat(((LeafNode) TrieNodeDecoder.decode(hex("c482316401"))).path).containsExactly(1, 6, 4);
    assertThat(leaf.value).isEqualTo(Bytes.of(1));
    assertThat(leaf.encoding).isEqualTo(hex("c58320646f01")); // short nodes keep their bytes

    ExtensionNode extension = (ExtensionNode) TrieNodeDecoder.decode(hex("e2" + "11" + HASH));
    assertThat(extension.path).containsExactly(1);
    assertThat(extension.child).isInstanceOf(HashNode.class);

    BranchNode branch = (BranchNode) TrieNodeDecoder.decode(hex("d3" + "c22001" + "80".repeat(15) + "80"));
    assertThat(branch.children[0]).isInstanceOf(LeafNode.class); // embedded
    assertThat(branch.value).isNull();
  }

  @Test
  void rejectsMalformedNodes() {
    assertMalformed("80", "a trie node is an RLP list");
    assertMalformed("c3010203", "2 or 17 items");
    assertMalformed("c24001", "flag nibble 4");
    assertMalformed("c20501", "non-zero padding nibble");
    assertMalformed("c48200", "runs past");
    assertMalformed("c2800101", "trailing");
    assertMalformed("c20080", "empty path");
    assertMalformed("e1" + "11" + "9f" + "11".repeat(31), "expected a 32-byte hash");
    assertMalformed("c2" + "c0" + "01", "expected a string for the compact path");
  }

  @Test
  void missingNodeNamesItsHash() {
    Hash absent = Keccak.hash(utf8("nowhere"));
    Trie trie = new MerklePatriciaTrie(TrieNodeLoader.NONE, absent);
    assertThatThrownBy(() -> trie.get(utf8("k")))
        .isInstanceOfSatisfying(MissingTrieNodeException.class, e -> assertThat(e.hash()).isEqualTo(absent))
        .hasMessageContaining(absent.toHexString());
  }

  @Test
  void malformedStoredNodeNamesItsHash() {
    InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
    Bytes garbage = hex("c3010203");
    Hash hash = Keccak.hash(garbage);
    store.put(hash, garbage);
    assertThatThrownBy(() -> new MerklePatriciaTrie(store, hash).get(utf8("k")))
        .isInstanceOf(MalformedTrieNodeException.class)
        .hasMessageContaining(hash.toHexString());
  }

  @Test
  void garbageProofIsRejected() {
    Bytes garbage = hex("deadbeef");
    assertThatThrownBy(() -> MerklePatriciaTrie.verify(Keccak.hash(garbage), utf8("k"), List.of(garbage)))
        .isInstanceOf(InvalidProofException.class);
    assertThatThrownBy(() -> MerklePatriciaTrie.verify(Keccak.hash(garbage), utf8("k"), List.of()))
        .isInstanceOf(InvalidProofException.class);
  }

  @Test
  void emptyTrie() {
    InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
    Trie trie = new MerklePatriciaTrie(store);
    assertThat(trie.commit(store)).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    assertThat(Keccak.hash(Bytes.of(0x80))).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    assertThat(store.size()).isZero();
    assertThat(trie.proof(utf8("k"))).containsExactly(Bytes.of(0x80));
    assertThat(MerklePatriciaTrie.verify(MerklePatriciaTrie.EMPTY_TRIE_ROOT, utf8("k"), trie.proof(utf8("k"))))
        .isEmpty();
    assertThat(new MerklePatriciaTrie(store, MerklePatriciaTrie.EMPTY_TRIE_ROOT).get(utf8("k"))).isEmpty();
  }

  @Test
  void smallRootIsStoredAndReopens() {
    InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
    Trie trie = new MerklePatriciaTrie(store);
    trie.put(utf8("a"), utf8("b"));
    Hash root = trie.commit(store);
    assertThat(store.asMap()).containsOnlyKeys(root);
    assertThat(new MerklePatriciaTrie(store, root).get(utf8("a"))).contains(utf8("b"));
  }

  @Test
  void commitEmitsOnlyNewNodes() {
    InMemoryTrieNodeStore first = new InMemoryTrieNodeStore();
    Trie trie = MerklePatriciaTrie.inMemory();
    for (int i = 0; i < 200; i++) {
      trie.put(Keccak.hash(Bytes.of(i)).bytes(), Bytes.wrap(new byte[40]));
    }
    trie.commit(first);
    InMemoryTrieNodeStore second = new InMemoryTrieNodeStore();
    assertThat(trie.commit(second)).isEqualTo(trie.rootHash());
    assertThat(second.size()).isZero();
    trie.put(Keccak.hash(Bytes.of(1)).bytes(), Bytes.wrap(new byte[41]));
    trie.commit(second);
    // The changed leaf and its ancestors: a handful, not the 200-leaf trie again.
    assertThat(second.size()).isBetween(2, 5);
  }

  private static void assertMalformed(String hexNode, String message) {
    assertThatThrownBy(() -> TrieNodeDecoder.decode(hex(hexNode)))
        .isInstanceOf(MalformedTrieNodeException.class)
        .hasMessageContaining(message);
  }

  private static Bytes hex(String s) {
    return Bytes.fromHexString(s);
  }

  private static Bytes utf8(String s) {
    return Bytes.wrap(s.getBytes(StandardCharsets.UTF_8));
  }
}
