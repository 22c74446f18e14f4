package org.peerchain.storage.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.trie.InMemoryTrieNodeStore;
import org.peerchain.storage.trie.SecureTrie;

class NodePrefetcherTest {
  private final InMemoryTrieNodeStore nodes = new InMemoryTrieNodeStore();
  private final AtomicInteger storeLoads = new AtomicInteger();
  private final NodePrefetcher prefetcher = new NodePrefetcher(hash -> {
    storeLoads.incrementAndGet();
    return nodes.load(hash);
  });
  private final List<Address> addresses = new ArrayList<>();
  private final List<Bytes> hashedKeys = new ArrayList<>();

  private Hash fill(SecureTrie trie) {
    for (int i = 0; i < 2_000; i++) {
      addresses.add(Accounts.address(i));
      hashedKeys.add(SecureTrie.hashKey(Accounts.address(i).bytes()));
      trie.put(Accounts.address(i).bytes(), Bytes.of(1, i & 0xff));
    }
    return trie.commit(nodes);
  }

  @Test
  void aResidentTrieIsNotWalkedAgain() {
    SecureTrie resident = new SecureTrie(prefetcher);
    fill(resident);
    prefetcher.prefetch(resident, hashedKeys);
    assertThat(storeLoads).hasValue(0);
    prefetcher.release();
  }

  @Test
  void aColdTrieHasItsPathsLoadedOnceAndServedFromTheCache() {
    Hash root = fill(new SecureTrie(prefetcher));
    SecureTrie cold = new SecureTrie(prefetcher, root);
    prefetcher.prefetch(cold, hashedKeys.subList(0, 1_000));
    int loaded = storeLoads.get();
    assertThat(loaded).isGreaterThan(1_000);
    // The update's own walk now finds every node in the cache.
    for (Address address : addresses.subList(0, 1_000)) {
      assertThat(cold.get(address.bytes())).isPresent();
    }
    assertThat(storeLoads).hasValue(loaded);
    prefetcher.release();
    cold.get(addresses.get(0).bytes());
    assertThat(storeLoads.get()).isGreaterThan(loaded);
  }

  @Test
  void fewChangesAreNotPrefetched() {
    Hash root = fill(new SecureTrie(prefetcher));
    prefetcher.prefetch(new SecureTrie(prefetcher, root), hashedKeys.subList(0, 100));
    assertThat(storeLoads).hasValue(0);
  }
}
