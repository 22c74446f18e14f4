package org.peerchain.storage.trie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** Large batches hash the root's subtries in parallel; the result must equal sequential hashing. */
class ParallelHashingTest {
  @Test
  void parallelAndSequentialHashingAgree() {
    Random random = new Random(7);
    Trie batched = SecureTrie.inMemory();
    Trie stepwise = SecureTrie.inMemory();
    InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 6000; i++) {
        Bytes key = Bytes.of(random.nextInt(256), random.nextInt(256), random.nextInt(64));
        byte[] value = new byte[random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(70)];
        random.nextBytes(value);
        batched.put(key, Bytes.wrap(value));
        stepwise.put(key, Bytes.wrap(value));
        if (i % 500 == 0) {
          stepwise.rootHash(); // few updates since the last hashing: the sequential path
        }
      }
      Hash root = batched.commit(store);
      assertThat(root).isEqualTo(stepwise.rootHash());
      assertThat(new SecureTrie(store, root).rootHash()).isEqualTo(root);
    }
  }
}
