package org.peerchain.storage.snap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StateReader;
import org.peerchain.storage.state.StateUnavailableException;
import org.peerchain.storage.trie.MerklePatriciaTrie;
import org.peerchain.storage.trie.MissingTrieNodeException;
import org.peerchain.storage.trie.TrieNodeLoader;

/**
 * The serving side of snap sync: reads the accounts of a stored state root in key order, from a
 * start key up to a limit or until a byte budget is spent, with the proof {@link
 * RangeProofVerifier} needs. Walks the state trie itself, so any root still stored can be served;
 * thread-safe.
 */
public final class AccountRangeReader {
  private final StateReader state;
  private final TrieNodeLoader loader;

  public AccountRangeReader(KvReader store) {
    this.state = new StateReader(store);
    this.loader = hash -> store.get(Schema.TRIE_NODES, hash);
  }

  /**
   * The accounts with keys in {@code [start, limit]}, as many as fit in {@code byteBudget} bytes
   * of entries (at least one, if any exists). The proof holds the paths to {@code start} and to
   * the last entry, and to {@code limit} when the range is complete.
   *
   * @throws StateUnavailableException if the state at {@code stateRoot} is not (or no longer) stored
   * @throws IllegalArgumentException if {@code start} is above {@code limit} or the budget is not positive
   */
  public AccountRange read(Hash stateRoot, Hash start, Hash limit, int byteBudget) {
    if (start.compareTo(limit) > 0) {
      throw new IllegalArgumentException("start " + start + " is above limit " + limit);
    }
    if (byteBudget <= 0) {
      throw new IllegalArgumentException("byte budget must be positive, got " + byteBudget);
    }
    if (!state.isAvailable(stateRoot)) {
      throw new StateUnavailableException(stateRoot, null);
    }
    try {
      return collect(new MerklePatriciaTrie(loader, stateRoot), start, limit, byteBudget);
    } catch (MissingTrieNodeException e) {
      // Pruning removed part of this state while we walked it.
      throw new StateUnavailableException(stateRoot, e);
    }
  }

  private static AccountRange collect(MerklePatriciaTrie trie, Hash start, Hash limit, int byteBudget) {
    List<RangeEntry> entries = new ArrayList<>();
    Bytes limitKey = limit.bytes();
    boolean[] complete = {true};
    long[] used = {0};
    trie.visitFrom(start.bytes(), (key, value) -> {
      if (key.compareTo(limitKey) > 0) {
        return false;
      }
      RangeEntry entry = new RangeEntry(Hash.wrap(key), value);
      if (!entries.isEmpty() && used[0] + entry.size() > byteBudget) {
        complete[0] = false;
        return false;
      }
      entries.add(entry);
      used[0] += entry.size();
      return true;
    });
    Set<Bytes> proof = new LinkedHashSet<>(trie.proof(start.bytes()));
    if (!entries.isEmpty()) {
      proof.addAll(trie.proof(entries.get(entries.size() - 1).keyHash().bytes()));
    }
    if (complete[0]) {
      proof.addAll(trie.proof(limitKey));
    }
    return new AccountRange(entries, new ArrayList<>(proof));
  }
}
