package org.peerchain.storage.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.StateUpdate;
import org.peerchain.storage.state.WorldState;

/** A state synced range by range becomes a working world state: reads and later blocks agree with the source. */
class SnapImportTest {
  private static Address address(int i) {
    byte[] bytes = new byte[Address.SIZE];
    bytes[0] = (byte) 0x5a;
    bytes[18] = (byte) (i >>> 8);
    bytes[19] = (byte) i;
    return Address.wrap(Bytes.wrap(bytes));
  }

  private static void commit(KeyValueStore store, WorldState state, StateCommit commit) {
    try (WriteBatch batch = store.newBatch()) {
      commit.writeTo(batch);
      batch.commit();
    }
    state.onCommitted(commit);
  }

  /** Syncs the head state of {@code source} into {@code target} in ranges of about {@code budget} bytes. */
  static Hash sync(KeyValueStore source, StateHead pivot, KeyValueStore target, int budget) {
    AccountRangeReader reader = new AccountRangeReader(source);
    SnapStateWriter writer = new SnapStateWriter(target, pivot);
    Hash cursor = SnapStates.ZERO;
    while (cursor != null) {
      AccountRange range = reader.read(pivot.stateRoot(), cursor, SnapStates.MAX, budget);
      boolean more = RangeProofVerifier.verify(pivot.stateRoot(), cursor, SnapStates.MAX, range).more();
      writer.write(range);
      cursor = more ? SnapStates.next(range.entries().get(range.entries().size() - 1).keyHash()) : null;
    }
    return writer.finish();
  }

  @Test
  void aSyncedStateReadsAndAdvancesLikeTheSource() {
    KeyValueStore source = SnapStates.newStore();
    WorldState sourceState = WorldState.open(source, StatePruning.archive());
    Map<Address, Account> alloc = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      alloc.put(address(i), new Account(random.nextInt(5), UInt256.valueOf(1 + random.nextInt(1_000_000))));
    }
    commit(source, sourceState, sourceState.genesis(alloc));
    StateHead pivot = sourceState.head().orElseThrow();

    KeyValueStore target = SnapStates.newStore();
    assertThat(sync(source, pivot, target, 2_000)).isEqualTo(pivot.stateRoot());
    WorldState synced = WorldState.open(target, StatePruning.retain(StatePruning.MIN_RETAINED_BLOCKS));

    assertThat(synced.head()).contains(pivot);
    for (int i = 0; i < 500; i += 7) {
      assertThat(synced.account(address(i))).isEqualTo(alloc.get(address(i)));
    }
    assertThat(synced.account(address(9999))).isEqualTo(Account.EMPTY);

    for (WorldState state : List.of(sourceState, synced)) {
      StateUpdate update = state.begin();
      update.set(address(1), update.account(address(1)).withNextNonce());
      update.set(address(2), Account.EMPTY);
      update.set(address(9999), new Account(0, UInt256.valueOf(5)));
      commit(state == synced ? target : source, state, update.finish(1));
    }
    assertThat(synced.head()).isEqualTo(sourceState.head());
    assertThat(synced.account(address(1)).nonce()).isEqualTo(alloc.get(address(1)).nonce() + 1);
    assertThat(synced.account(address(2))).isEqualTo(Account.EMPTY);
    assertThat(synced.account(address(3))).isEqualTo(alloc.get(address(3)));
    assertThat(synced.account(address(9999)).balance()).isEqualTo(UInt256.valueOf(5));
    assertThat(target.first(Schema.SNAP_ACCOUNTS)).isEmpty();
  }

  @Test
  void aMissingRangeFailsTheRootCheckAndWritesNoHead() {
    KeyValueStore source = SnapStates.newStore();
    WorldState sourceState = WorldState.open(source, StatePruning.archive());
    Map<Address, Account> alloc = new HashMap<>();
    for (int i = 0; i < 100; i++) {
      alloc.put(address(i), new Account(0, UInt256.valueOf(10 + i)));
    }
    commit(source, sourceState, sourceState.genesis(alloc));
    StateHead pivot = sourceState.head().orElseThrow();
    KeyValueStore target = SnapStates.newStore();
    SnapStateWriter writer = new SnapStateWriter(target, pivot);
    writer.write(new AccountRangeReader(source).read(pivot.stateRoot(), SnapStates.ZERO, SnapStates.MAX, 1_000));

    assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    assertThat(WorldState.open(target, StatePruning.archive()).head()).isEmpty();
  }
}
