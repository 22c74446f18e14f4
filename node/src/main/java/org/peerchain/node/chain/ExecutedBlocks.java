package org.peerchain.node.chain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.peerchain.consensus.execution.ExecutionResult.Executed;
import org.peerchain.core.types.Hash;

/**
 * Blocks executed against the current head and not yet committed: our own proposal, and blocks
 * proposed to us in this height's rounds. Committing one makes all of them stale, since their state
 * commits extend the old head, so {@link #clear} runs on every commit. Bounded: a hostile proposer
 * cannot fill memory by proposing many different blocks in many rounds.
 */
public final class ExecutedBlocks {
  static final int MAX_ENTRIES = 16;

  /** An executed block and how long building or executing it took, for the import-time metric. */
  public record Entry(Executed executed, long executionNanos) {}

  private final Map<Hash, Entry> byHash = new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Hash, Entry> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  public void put(Executed executed, long executionNanos) {
    byHash.put(executed.block().hash(), new Entry(executed, executionNanos));
  }

  public Optional<Entry> get(Hash blockHash) {
    return Optional.ofNullable(byHash.get(blockHash));
  }

  public void clear() {
    byHash.clear();
  }

  public int size() {
    return byHash.size();
  }
}
