package org.peerchain.storage.trie;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** Trie nodes in a map: for tests, and for tries that never reach disk. */
public final class InMemoryTrieNodeStore implements TrieNodeLoader, TrieNodeSink {
  private final Map<Hash, Bytes> nodes = new ConcurrentHashMap<>();

  @Override
  public Optional<Bytes> load(Hash hash) {
    return Optional.ofNullable(nodes.get(hash));
  }

  @Override
  public void put(Hash hash, Bytes encodedNode) {
    nodes.put(hash, encodedNode);
  }

  public int size() {
    return nodes.size();
  }

  /** A read-only view. */
  public Map<Hash, Bytes> asMap() {
    return Collections.unmodifiableMap(nodes);
  }
}
