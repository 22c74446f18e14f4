package org.peerchain.storage.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.state.Accounts.address;
import static org.peerchain.storage.state.Accounts.commit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.MerklePatriciaTrie;
import org.peerchain.storage.trie.SecureTrie;

class WorldStateTest {
  private static final int ACCOUNTS = 300;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(StateStores.class)
  void headAndTrieReadsAgreeAndOldRootsStayReadable(StateStores kind) {
    Random random = new Random(1);
    try (KeyValueStore store = kind.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      Map<Address, Account> model = Accounts.funded(ACCOUNTS, random);
      commit(store, state, state.genesis(model));
      List<Hash> roots = new ArrayList<>(List.of(state.head().orElseThrow().stateRoot()));
      List<Map<Address, Account>> history = new ArrayList<>(List.of(new HashMap<>(model)));
      for (long block = 1; block <= 10; block++) {
        StateUpdate update = state.begin();
        for (int i = 0; i < 40; i++) {
          Address address = address(random.nextInt(ACCOUNTS + 20));
          Account account = update.account(address).withBalance(UInt256.valueOf(random.nextInt(1000)));
          update.set(address, account);
          model.put(address, account);
        }
        StateCommit commit = update.finish(block);
        commit(store, state, commit);
        assertThat(state.head()).contains(new StateHead(block, commit.stateRoot()));
        roots.add(commit.stateRoot());
        history.add(new HashMap<>(model));
      }
      Hash head = roots.get(roots.size() - 1);
      for (int i = 0; i < ACCOUNTS + 20; i++) {
        Address address = address(i);
        Account expected = model.getOrDefault(address, Account.EMPTY);
        assertThat(state.account(address)).isEqualTo(expected.isEmpty() ? Account.EMPTY : expected);
        assertThat(state.account(address, head)).isEqualTo(state.account(address));
        for (int block = 0; block < roots.size(); block += 3) {
          Account then = history.get(block).getOrDefault(address, Account.EMPTY);
          assertThat(state.account(address, roots.get(block))).isEqualTo(then.isEmpty() ? Account.EMPTY : then);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(StateStores.class)
  void rewindRestoresTheFlatIndexIncludingAnAccountEmptiedSinceAndUpdatesGoOnFromThere(StateStores kind) {
    try (KeyValueStore store = kind.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      Address kept = address(1);
      Address emptied = address(2);
      Address created = address(3);
      commit(store, state, state.genesis(Map.of(kept, new Account(0, UInt256.valueOf(10)),
          emptied, new Account(0, UInt256.valueOf(20)))));
      StateHead genesis = state.head().orElseThrow();
      StateUpdate update = state.begin();
      update.set(kept, new Account(1, UInt256.valueOf(5)));
      update.set(emptied, Account.EMPTY);
      update.set(created, new Account(0, UInt256.ONE));
      commit(store, state, update.finish(1));
      assertThat(state.account(emptied)).isEqualTo(Account.EMPTY);

      StateCommit rewind = state.rewind(genesis, List.of(emptied));
      assertThat(rewind.stateRoot()).isEqualTo(genesis.stateRoot());
      try (WriteBatch batch = store.newBatch()) {
        rewind.writeTo(batch);
        batch.commit();
      }
      state.onRewound(rewind);

      assertThat(state.head()).contains(genesis);
      assertThat(state.account(kept)).isEqualTo(new Account(0, UInt256.valueOf(10)));
      assertThat(state.account(emptied)).isEqualTo(new Account(0, UInt256.valueOf(20)));
      assertThat(state.account(created)).isEqualTo(Account.EMPTY);
      StateUpdate next = state.begin();
      next.set(created, new Account(0, UInt256.valueOf(2)));
      StateCommit again = next.finish(1);
      commit(store, state, again);
      assertThat(state.account(created, again.stateRoot())).isEqualTo(new Account(0, UInt256.valueOf(2)));
      assertThat(state.account(kept, again.stateRoot())).isEqualTo(new Account(0, UInt256.valueOf(10)));
    }
  }

  @Test
  void onlyArchiveStateRewinds() {
    try (KeyValueStore store = StateStores.values()[0].open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.retain(StatePruning.MIN_RETAINED_BLOCKS));
      commit(store, state, state.genesis(Map.of(address(1), new Account(0, UInt256.ONE))));
      assertThatThrownBy(() -> state.rewind(state.head().orElseThrow(), List.of()))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void genesisRootEqualsAnIndependentlyBuiltSecureTrie() {
    Map<Address, Account> alloc = Map.of(
        Address.fromHexString("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
        new Account(0, UInt256.fromDecimal("10000000000000000000000")),
        Address.fromHexString("0x70997970c51812dc3a010c7d01b50e0d17dc79c8"),
        new Account(5, UInt256.ONE),
        Address.fromHexString("0x0000000000000000000000000000000000000001"),
        new Account(1, UInt256.ZERO));
    SecureTrie expected = SecureTrie.inMemory();
    alloc.forEach((address, account) -> expected.put(address.bytes(), AccountCodec.encode(account)));
    try (KeyValueStore store = StateStores.IN_MEMORY.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      StateCommit genesis = state.genesis(alloc);
      assertThat(genesis.stateRoot()).isEqualTo(expected.rootHash());
    }
  }

  @Test
  void emptyGenesisHasTheEmptyTrieRoot() {
    try (KeyValueStore store = StateStores.IN_MEMORY.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      StateCommit genesis = state.genesis(Map.of());
      commit(store, state, genesis);
      assertThat(genesis.stateRoot()).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
      assertThat(state.isAvailable(genesis.stateRoot())).isTrue();
      assertThat(state.account(address(1), genesis.stateRoot())).isEqualTo(Account.EMPTY);
    }
  }

  @ParameterizedTest
  @EnumSource(StateStores.class)
  void emptiedAccountsLeaveTrieAndIndex(StateStores kind) {
    try (KeyValueStore store = kind.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      Account funded = new Account(0, UInt256.valueOf(7));
      commit(store, state, state.genesis(Map.of(address(1), funded)));
      Hash withOne = state.head().orElseThrow().stateRoot();
      StateUpdate update = state.begin();
      update.set(address(2), funded);
      commit(store, state, update.finish(1));
      update = state.begin();
      update.set(address(2), Account.EMPTY);
      StateCommit emptied = update.finish(2);
      commit(store, state, emptied);

      assertThat(emptied.stateRoot()).isEqualTo(withOne);
      assertThat(store.get(Schema.ACCOUNTS, address(2))).isEmpty();
      assertThat(state.account(address(2))).isEqualTo(Account.EMPTY);
      assertThat(state.account(address(1))).isEqualTo(funded);
    }
  }

  @Test
  void settingAnEmptyAccountInGenesisCreatesNothing() {
    try (KeyValueStore store = StateStores.IN_MEMORY.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      StateCommit genesis = state.genesis(Map.of(address(1), Account.EMPTY));
      assertThat(genesis.stateRoot()).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    }
  }

  @ParameterizedTest
  @EnumSource(StateStores.class)
  void aBatchThatNeverCommitsLeavesTheHeadUnchanged(StateStores kind) {
    try (KeyValueStore store = kind.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      commit(store, state, state.genesis(Map.of(address(1), new Account(0, UInt256.valueOf(10)))));
      StateHead before = state.head().orElseThrow();

      StateUpdate failed = state.begin();
      failed.set(address(1), new Account(1, UInt256.valueOf(3)));
      failed.set(address(2), new Account(0, UInt256.valueOf(7)));
      StateCommit lost = failed.finish(1);
      try (WriteBatch batch = store.newBatch()) {
        lost.writeTo(batch);
        // closed without commit: the block's batch failed
      }

      assertThat(state.head()).contains(before);
      assertThat(state.account(address(1))).isEqualTo(new Account(0, UInt256.valueOf(10)));
      assertThat(state.isAvailable(lost.stateRoot())).isFalse();
      StateUpdate retry = state.begin();
      assertThat(retry.account(address(2))).isEqualTo(Account.EMPTY);
      retry.set(address(1), new Account(1, UInt256.valueOf(4)));
      StateCommit next = retry.finish(1);
      commit(store, state, next);
      assertThat(state.account(address(1), next.stateRoot())).isEqualTo(new Account(1, UInt256.valueOf(4)));
      assertThat(state.account(address(1), before.stateRoot())).isEqualTo(new Account(0, UInt256.valueOf(10)));
    }
  }

  @Test
  void aCommitThatDoesNotExtendTheHeadIsRefused() {
    try (KeyValueStore store = StateStores.IN_MEMORY.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      commit(store, state, state.genesis(Map.of(address(1), new Account(0, UInt256.ONE))));
      StateUpdate first = state.begin();
      StateUpdate second = state.begin();
      first.set(address(2), new Account(0, UInt256.ONE));
      second.set(address(3), new Account(0, UInt256.ONE));
      commit(store, state, first.finish(1));
      StateCommit stale = second.finish(1);
      assertThatThrownBy(() -> state.onCommitted(stale)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("does not extend the head");
      assertThatThrownBy(() -> state.begin().finish(5)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> state.genesis(Map.of())).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void reopeningRocksDbContinuesFromTheStoredRoot() {
    Random random = new Random(2);
    Map<Address, Account> alloc = Accounts.funded(ACCOUNTS, random);
    Hash root;
    try (KeyValueStore store = StateStores.ROCKSDB.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      commit(store, state, state.genesis(alloc));
      StateUpdate update = state.begin();
      update.set(address(5), new Account(9, UInt256.valueOf(99)));
      commit(store, state, update.finish(1));
      root = state.head().orElseThrow().stateRoot();
    }
    SecureTrie expected = SecureTrie.inMemory();
    alloc.forEach((address, account) -> expected.put(address.bytes(), AccountCodec.encode(account)));
    expected.put(address(5).bytes(), AccountCodec.encode(new Account(9, UInt256.valueOf(99))));
    expected.put(address(7).bytes(), AccountCodec.encode(new Account(1, UInt256.valueOf(1))));
    try (KeyValueStore store = StateStores.ROCKSDB.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      assertThat(state.head()).contains(new StateHead(1, root));
      assertThat(state.account(address(5))).isEqualTo(new Account(9, UInt256.valueOf(99)));
      StateUpdate update = state.begin();
      update.set(address(7), new Account(1, UInt256.valueOf(1)));
      StateCommit next = update.finish(2);
      assertThat(next.stateRoot()).isEqualTo(expected.rootHash());
      commit(store, state, next);
      assertThat(state.account(address(7), next.stateRoot())).isEqualTo(new Account(1, UInt256.ONE));
    }
  }

  @ParameterizedTest
  @EnumSource(StateStores.class)
  void largeUpdatesOnAColdTrieGiveTheIndependentRoot(StateStores kind) {
    Random random = new Random(4);
    Map<Address, Account> model = Accounts.funded(3000, random);
    try (KeyValueStore store = kind.open(dir)) {
      writeOnly(store, WorldState.open(store, StatePruning.archive()).genesis(model));
      // Opened again: the head trie holds only its root, so the update's paths are prefetched.
      WorldState state = WorldState.open(store, StatePruning.archive());
      StateUpdate update = state.begin();
      for (int i = 0; i < 1000; i++) {
        Address address = address(random.nextInt(3500));
        Account account = random.nextInt(10) == 0 ? Account.EMPTY : new Account(1, UInt256.valueOf(i));
        update.set(address, account);
        model.put(address, account);
      }
      StateCommit commit = update.finish(1);
      SecureTrie expected = SecureTrie.inMemory();
      model.forEach((address, account) -> expected.put(address.bytes(),
          account.isEmpty() ? Bytes.EMPTY : AccountCodec.encode(account)));
      assertThat(commit.stateRoot()).isEqualTo(expected.rootHash());
    }
  }

  /** Commits the rows without advancing any world state object, as a node that then restarts. */
  private static void writeOnly(KeyValueStore store, StateCommit commit) {
    try (WriteBatch batch = store.newBatch()) {
      commit.writeTo(batch);
      batch.commit();
    }
  }

  @ParameterizedTest
  @EnumSource(StateStores.class)
  void proofsVerifyAgainstTheRoot(StateStores kind) {
    try (KeyValueStore store = kind.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      Map<Address, Account> alloc = Accounts.funded(50, new Random(3));
      StateCommit genesis = state.genesis(alloc);
      commit(store, state, genesis);
      Hash root = genesis.stateRoot();
      assertThat(SecureTrie.verify(root, address(4).bytes(), state.proof(address(4), root)).map(AccountCodec::decode))
          .contains(alloc.get(address(4)));
      assertThat(SecureTrie.verify(root, address(999).bytes(), state.proof(address(999), root))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(StateStores.class)
  void unknownRootsAreReportedAsUnavailable(StateStores kind) {
    try (KeyValueStore store = kind.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      commit(store, state, state.genesis(Map.of(address(1), new Account(0, UInt256.ONE))));
      Hash unknown = Hash.fromHexString("0x" + "12".repeat(32));
      assertThat(state.isAvailable(unknown)).isFalse();
      assertThatThrownBy(() -> state.account(address(1), unknown))
          .isInstanceOf(StateUnavailableException.class)
          .hasMessage("state at root " + unknown + " is not available (pruned or unknown)");
      assertThatThrownBy(() -> state.proof(address(1), unknown)).isInstanceOf(StateUnavailableException.class);
    }
  }

  @Test
  void noUpdateBeforeGenesis() {
    try (KeyValueStore store = StateStores.IN_MEMORY.open(dir)) {
      WorldState state = WorldState.open(store, StatePruning.archive());
      assertThat(state.head()).isEqualTo(Optional.empty());
      assertThatThrownBy(state::begin).isInstanceOf(IllegalStateException.class);
    }
  }
}
