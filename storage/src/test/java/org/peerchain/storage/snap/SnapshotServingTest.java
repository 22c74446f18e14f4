package org.peerchain.storage.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.SnapshotRetention;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.StateUnavailableException;
import org.peerchain.storage.state.StateUpdate;
import org.peerchain.storage.state.WorldState;

/** A pruning node serves its kept snapshots in full, proven ranges and stops offering released ones. */
class SnapshotServingTest {
  private final KeyValueStore store = SnapStates.newStore();
  private final WorldState state =
      WorldState.open(store, StatePruning.retain(StatePruning.MIN_RETAINED_BLOCKS), SnapshotRetention.every(150, 2));
  private final List<Hash> roots = new ArrayList<>();
  private final Random random = new Random(9);
  private final SnapshotCatalog catalog =
      new SnapshotCatalog(state, height -> height < roots.size() ? Optional.of(roots.get((int) height)) : Optional.empty());

  private static Address address(int i) {
    byte[] bytes = new byte[Address.SIZE];
    bytes[3] = (byte) 0x77;
    bytes[19] = (byte) i;
    return Address.wrap(Bytes.wrap(bytes));
  }

  private void extendTo(int head) {
    while (roots.size() <= head) {
      Map<Address, Account> changes = new HashMap<>();
      for (int i = 0; i < (roots.isEmpty() ? 200 : 4); i++) {
        changes.put(address(roots.isEmpty() ? i : random.nextInt(200)), new Account(roots.size(), UInt256.valueOf(1 + i)));
      }
      StateCommit commit;
      if (roots.isEmpty()) {
        commit = state.genesis(changes);
      } else {
        StateUpdate update = state.begin();
        changes.forEach(update::set);
        commit = update.finish(roots.size());
      }
      try (WriteBatch batch = store.newBatch()) {
        commit.writeTo(batch);
        batch.commit();
      }
      state.onCommitted(commit);
      roots.add(commit.stateRoot());
    }
  }

  @Test
  void aKeptSnapshotBeyondThePruningWindowServesEveryAccount() {
    extendTo(500);

    assertThat(catalog.offered()).containsExactly(
        new SnapshotCatalog.Offer(450, roots.get(450)), new SnapshotCatalog.Offer(300, roots.get(300)));
    // 300 is older than the pruning window of 128 blocks, yet syncs completely.
    KeyValueStore fresh = SnapStates.newStore();
    Hash synced = SnapImportTest.sync(store, new StateHead(300, roots.get(300)), fresh, 1_000);
    assertThat(synced).isEqualTo(roots.get(300));
    assertThat(state.isAvailable(roots.get(299))).isFalse();
  }

  @Test
  void aSnapshotIsReleasedAfterTwoNewerOnes() {
    extendTo(500);
    Hash kept = roots.get(300);
    extendTo(800);

    assertThat(catalog.offered()).extracting(SnapshotCatalog.Offer::height).containsExactly(750L, 600L);
    assertThat(catalog.offers(kept)).isFalse();
    assertThatThrownBy(() -> new AccountRangeReader(store).read(kept, SnapStates.ZERO, SnapStates.MAX, 1_000))
        .isInstanceOf(StateUnavailableException.class);
  }
}
