package org.peerchain.storage.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.state.Accounts.address;
import static org.peerchain.storage.state.Accounts.commit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KeyValueStore;

/** Snapshot states outlive the pruning window until enough newer snapshots exist. */
class SnapshotRetentionTest {
  private static final int RETAINED = StatePruning.MIN_RETAINED_BLOCKS;
  private static final int ACCOUNTS = 40;

  @Test
  void heightsAreTheNewestMultiplesOfTheInterval() {
    SnapshotRetention retention = SnapshotRetention.every(1000, 2);

    assertThat(retention.heights(2_999)).containsExactly(2_000L, 1_000L);
    assertThat(retention.heights(3_000)).containsExactly(3_000L, 2_000L);
    assertThat(retention.heights(500)).containsExactly(0L);
    assertThat(SnapshotRetention.NONE.heights(5_000)).isEmpty();
    assertThatThrownBy(() -> SnapshotRetention.every(0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SnapshotRetention.every(10, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeptSnapshotStaysReadableUntilTwoNewerOnesExist() {
    try (KeyValueStore store = StateStores.IN_MEMORY.open(null)) {
      WorldState state = WorldState.open(store, StatePruning.retain(RETAINED), SnapshotRetention.every(200, 2));
      Chain chain = new Chain(store, state);

      chain.extendTo(700);
      // Kept: 600 and 400, and everything after 400 since nothing after it is released yet.
      chain.assertReadable(400, 500, 600, 700);
      chain.assertPruned(200, 300, 399);

      chain.extendTo(1_060);
      chain.assertReadable(800, 1_000, 1_060);
      chain.assertPruned(400, 600, 799);
    }
  }

  @Test
  void withoutSnapshotsPruningKeepsItsWindowOnly() {
    try (KeyValueStore store = StateStores.IN_MEMORY.open(null)) {
      WorldState state = WorldState.open(store, StatePruning.retain(RETAINED));
      Chain chain = new Chain(store, state);

      chain.extendTo(400);
      chain.assertReadable(400 - RETAINED + 1, 400);
      chain.assertPruned(200, 400 - RETAINED);
    }
  }

  /** Blocks of random balance changes, with every block's root and accounts. */
  private static final class Chain {
    final KeyValueStore store;
    final WorldState state;
    final Random random = new Random(3);
    final List<Hash> roots = new ArrayList<>();
    final List<Map<Address, Account>> accounts = new ArrayList<>();

    Chain(KeyValueStore store, WorldState state) {
      this.store = store;
      this.state = state;
    }

    void extendTo(int head) {
      Map<Address, Account> model = accounts.isEmpty() ? new HashMap<>() : new HashMap<>(accounts.get(accounts.size() - 1));
      while (roots.size() <= head) {
        Map<Address, Account> changes = new HashMap<>();
        for (int i = 0; i < (roots.isEmpty() ? ACCOUNTS : 3); i++) {
          changes.put(address(roots.isEmpty() ? i : random.nextInt(ACCOUNTS)),
              new Account(roots.size(), UInt256.valueOf(1 + random.nextInt(1_000))));
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
        model.putAll(changes);
        roots.add(commit.stateRoot());
        accounts.add(new HashMap<>(model));
      }
    }

    void assertReadable(int... heights) {
      for (int height : heights) {
        for (int a = 0; a < ACCOUNTS; a++) {
          assertThat(state.account(address(a), roots.get(height))).as("block %d", height)
              .isEqualTo(accounts.get(height).get(address(a)));
        }
      }
    }

    void assertPruned(int... heights) {
      for (int height : heights) {
        assertThat(state.isAvailable(roots.get(height))).as("block %d", height).isFalse();
      }
    }
  }
}
