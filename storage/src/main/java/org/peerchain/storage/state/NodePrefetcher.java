package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.trie.SecureTrie;
import org.peerchain.storage.trie.TrieNodeLoader;

/**
 * The head trie's loader. Trie updates are single-threaded and mostly wait on node loads, so
 * before a large update the nodes on the changed paths are loaded on all cores and kept until the
 * update has walked them.
 */
final class NodePrefetcher implements TrieNodeLoader {
  // Below this many changes, forking costs more than the loads it overlaps.
  private static final int MIN_CHANGES = 256;
  private static final int TASKS_PER_CORE = 4;
  // Walked first on this thread: if none of their nodes has to be loaded, the head trie is
  // resident (warm) and walking the rest in parallel would only hash keys twice.
  private static final int SAMPLE = 64;

  private final TrieNodeLoader store;
  private volatile Map<Hash, Bytes> loaded;

  NodePrefetcher(TrieNodeLoader store) {
    this.store = store;
  }

  @Override
  public Optional<Bytes> load(Hash hash) {
    Map<Hash, Bytes> cache = loaded;
    if (cache == null) {
      return store.load(hash);
    }
    Bytes node = cache.get(hash);
    if (node != null) {
      return Optional.of(node);
    }
    Optional<Bytes> fromStore = store.load(hash);
    fromStore.ifPresent(bytes -> cache.put(hash, bytes));
    return fromStore;
  }

  /**
   * Loads the paths of {@code hashedKeys} (see {@link SecureTrie#hashKey}) in {@code trie} unless
   * they are in memory already; loaded nodes stay cached until {@link #release}.
   */
  void prefetch(SecureTrie trie, List<Bytes> hashedKeys) {
    if (hashedKeys.size() < MIN_CHANGES) {
      return;
    }
    loaded = new ConcurrentHashMap<>();
    SecureTrie sample = trie.snapshot();
    hashedKeys.subList(0, SAMPLE).forEach(sample::getHashed);
    if (loaded.isEmpty()) {
      return;
    }
    int tasks = ForkJoinPool.commonPool().getParallelism() * TASKS_PER_CORE;
    int chunk = (hashedKeys.size() + tasks - 1) / tasks;
    List<ForkJoinTask<?>> walks = new ArrayList<>();
    for (int from = 0; from < hashedKeys.size(); from += chunk) {
      List<Bytes> part = hashedKeys.subList(from, Math.min(hashedKeys.size(), from + chunk));
      // Handles are not thread-safe; snapshots share the nodes and are.
      SecureTrie own = trie.snapshot();
      walks.add(ForkJoinTask.adapt(() -> part.forEach(own::getHashed)));
    }
    ForkJoinTask.invokeAll(walks);
  }

  void release() {
    loaded = null;
  }
}
