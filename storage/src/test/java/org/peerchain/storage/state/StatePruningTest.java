package org.peerchain.storage.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.state.Accounts.address;
import static org.peerchain.storage.state.Accounts.commit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.Column;
import org.peerchain.storage.kv.KeyRange;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvEntry;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.MerklePatriciaTrie;
import org.peerchain.storage.trie.TrieNodes;

/**
 * Random balance changes over few accounts and tiny balances, so states, subtries and whole roots
 * recur, checked against a model of every block's accounts.
 */
class StatePruningTest {
  private static final int RETAINED = StatePruning.MIN_RETAINED_BLOCKS;
  private static final int ADDRESSES = 6;

  @TempDir Path dir;

  @Property(tries = 25)
  void retainedStatesReadLikeTheModelAndNothingElseIsStored(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3 * RETAINED) int blocks) {
    try (KeyValueStore store = StateStores.IN_MEMORY.open(null)) {
      checkRun(store, new Random(seed), blocks);
    }
  }

  @Test
  void rocksDbRunMatchesTheModel() {
    try (KeyValueStore store = StateStores.ROCKSDB.open(dir)) {
      checkRun(store, new Random(11), 2 * RETAINED + 17);
    }
  }

  @Test
  void reopenedPrunedStateKeepsPruning() {
    Random random = new Random(5);
    Run run = new Run();
    try (KeyValueStore store = StateStores.ROCKSDB.open(dir)) {
      run.extend(store, WorldState.open(store, StatePruning.retain(RETAINED)), random, RETAINED);
    }
    try (KeyValueStore store = StateStores.ROCKSDB.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.retain(RETAINED));
      run.extend(store, state, random, RETAINED + 40);
      run.check(store, state);
    }
  }

  @Test
  void storesWithACountRowForEveryNodeKeepPruningCorrectly() {
    // Stores written before counts of 1 were left implicit have a row of 1 for every such node.
    Random random = new Random(23);
    Run run = new Run();
    try (KeyValueStore store = StateStores.ROCKSDB.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.retain(RETAINED));
      run.extend(store, state, random, RETAINED + 5);
      writeCountOfOneForEveryNodeWithoutARow(store);
      run.legacyCount = 1;
      run.extend(store, state, random, RETAINED + 30);
      run.check(store, state);
    }
  }

  private static void writeCountOfOneForEveryNodeWithoutARow(KeyValueStore store) {
    List<Hash> nodes = new ArrayList<>();
    try (var entries = store.stream(Schema.TRIE_NODES, KeyRange.all())) {
      entries.map(KvEntry::key).forEach(nodes::add);
    }
    assertThat(nodes).isNotEmpty();
    try (var batch = store.newBatch()) {
      for (Hash node : nodes) {
        if (!store.contains(Schema.TRIE_NODE_REFS, node)) {
          batch.put(Schema.TRIE_NODE_REFS, node, 1L);
        }
      }
      batch.commit();
    }
  }

  @Test
  void archiveStateCannotBePrunedLater() {
    try (KeyValueStore store = StateStores.ROCKSDB.open(dir)) {
      WorldState pruned = WorldState.open(store, StatePruning.retain(RETAINED));
      commit(store, pruned, pruned.genesis(Map.of(address(1), new Account(0, UInt256.ONE))));
      WorldState archive = WorldState.open(store, StatePruning.archive());
      commit(store, archive, archive.begin().finish(1));
      assertThatThrownBy(() -> WorldState.open(store, StatePruning.retain(RETAINED)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot be pruned");
    }
  }

  @Test
  void retentionBelowTheMinimumIsRefused() {
    assertThatThrownBy(() -> StatePruning.retain(127)).isInstanceOf(IllegalArgumentException.class);
    assertThat(StatePruning.archive().isArchive()).isTrue();
    assertThat(StatePruning.retain(128).isArchive()).isFalse();
  }

  private static void checkRun(KeyValueStore store, Random random, int blocks) {
    WorldState state = WorldState.open(store, StatePruning.retain(RETAINED));
    Run run = new Run();
    run.extend(store, state, random, blocks);
    run.check(store, state);
  }

  /** The chain so far: every block's root and accounts. */
  private static final class Run {
    final List<Hash> roots = new ArrayList<>();
    final List<Map<Address, Account>> states = new ArrayList<>();
    /** The smallest count a row may hold: 1 once rows written by the older rule are in the store. */
    long legacyCount = 2;

    void extend(KeyValueStore store, WorldState state, Random random, int blocks) {
      Map<Address, Account> model = states.isEmpty() ? new HashMap<>() : new HashMap<>(states.get(states.size() - 1));
      for (int i = 0; i < blocks; i++) {
        Map<Address, Account> changes = new HashMap<>();
        int count = random.nextInt(4);
        for (int c = 0; c < count; c++) {
          Address address = address(random.nextInt(ADDRESSES));
          // Balances 0..3 only: accounts vanish and return, and old values come back.
          changes.put(address, new Account(0, UInt256.valueOf(random.nextInt(4))));
        }
        StateCommit commit;
        if (roots.isEmpty()) {
          commit = state.genesis(changes);
        } else {
          StateUpdate update = state.begin();
          changes.forEach(update::set);
          commit = update.finish(roots.size());
        }
        commit(store, state, commit);
        changes.forEach((address, account) -> {
          if (account.isEmpty()) {
            model.remove(address);
          } else {
            model.put(address, account);
          }
        });
        roots.add(commit.stateRoot());
        states.add(new HashMap<>(model));
      }
    }

    void check(KeyValueStore store, WorldState state) {
      int head = roots.size() - 1;
      int oldestRetained = Math.max(0, head - RETAINED + 1);
      Set<Hash> retainedRoots = new HashSet<>(roots.subList(oldestRetained, head + 1));
      Set<Hash> expectedNodes = new HashSet<>();
      for (int block = 0; block <= head; block++) {
        Hash root = roots.get(block);
        if (block >= oldestRetained) {
          for (int a = 0; a < ADDRESSES; a++) {
            assertThat(state.account(address(a), root)).as("block %d", block)
                .isEqualTo(states.get(block).getOrDefault(address(a), Account.EMPTY));
          }
          expectedNodes.addAll(TrieNodes.reachable(hash -> store.get(Schema.TRIE_NODES, hash), root).keySet());
        } else if (!retainedRoots.contains(root) && !root.equals(MerklePatriciaTrie.EMPTY_TRIE_ROOT)) {
          assertThat(state.isAvailable(root)).as("pruned block %d", block).isFalse();
          assertThatThrownBy(() -> state.account(address(0), root)).isInstanceOf(StateUnavailableException.class);
        }
      }
      assertThat(keys(store, Schema.TRIE_NODES)).isEqualTo(expectedNodes);
      // Only nodes referenced more than once carry a count row.
      assertThat(expectedNodes).containsAll(keys(store, Schema.TRIE_NODE_REFS));
      try (var counts = store.stream(Schema.TRIE_NODE_REFS, KeyRange.all())) {
        counts.forEach(entry -> assertThat(entry.value()).as("count of %s", entry.key()).isGreaterThanOrEqualTo(legacyCount));
      }
      for (int a = 0; a < ADDRESSES; a++) {
        assertThat(state.account(address(a))).isEqualTo(states.get(head).getOrDefault(address(a), Account.EMPTY));
      }
    }

    private static Set<Hash> keys(KeyValueStore store, Column<Hash, ?> column) {
      try (var entries = store.stream(column, KeyRange.all())) {
        Set<Hash> keys = new HashSet<>();
        entries.map(KvEntry::key).forEach(keys::add);
        return keys;
      }
    }
  }
}
