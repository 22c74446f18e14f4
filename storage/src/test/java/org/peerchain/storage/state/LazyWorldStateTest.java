package org.peerchain.storage.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.state.Accounts.address;
import static org.peerchain.storage.state.Accounts.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.SecureTrie;

/** A world state forked from another one: only read paths are fetched, and it evolves like a full copy. */
class LazyWorldStateTest {
  private static final int ACCOUNTS = 200;

  private KeyValueStore upstreamStore;
  private WorldState upstream;
  private Map<Address, Account> alloc;
  private Hash root;
  private final AtomicInteger fetches = new AtomicInteger();

  @BeforeEach
  void upstreamChain() {
    upstreamStore = InMemoryKeyValueStore.create(Schema.ALL);
    upstream = WorldState.open(upstreamStore, StatePruning.archive());
    alloc = Accounts.funded(ACCOUNTS, new Random(7));
    commit(upstreamStore, upstream, upstream.genesis(alloc));
    root = upstream.head().orElseThrow().stateRoot();
  }

  private List<Bytes> upstreamPath(Address address) {
    fetches.incrementAndGet();
    return upstream.proof(address, root);
  }

  private WorldState fork(KeyValueStore local, PathSource source) {
    WorldState state = WorldState.openLazy(local, StatePruning.archive(), source);
    commit(local, state, state.forkBase(root, upstream.proof(Address.ZERO, root)));
    return state;
  }

  @Test
  void readsFetchEachPathOnceAndAgreeWithTheForkedState() {
    KeyValueStore local = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = fork(local, this::upstreamPath);
    assertThat(state.head()).contains(new StateHead(0, root));
    for (int i = 0; i < ACCOUNTS + 10; i++) {
      assertThat(state.account(address(i))).isEqualTo(alloc.getOrDefault(address(i), Account.EMPTY));
    }
    int afterFirstPass = fetches.get();
    for (int i = 0; i < ACCOUNTS + 10; i++) {
      state.account(address(i));
    }
    assertThat(fetches.get()).isEqualTo(afterFirstPass).isLessThanOrEqualTo(ACCOUNTS + 10);
    assertThat(state.account(address(3), root)).isEqualTo(alloc.get(address(3)));
  }

  @Test
  void localBlocksChangeTheForkedStateAsTheyWouldAFullCopy() {
    KeyValueStore local = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = fork(local, this::upstreamPath);
    Random random = new Random(3);
    for (long block = 1; block <= 5; block++) {
      StateUpdate update = state.begin();
      StateUpdate mirror = upstream.begin();
      for (int i = 0; i < 10; i++) {
        Address address = address(random.nextInt(ACCOUNTS + 20));
        Account changed = update.account(address).withBalance(UInt256.valueOf(random.nextInt(1000)));
        assertThat(mirror.account(address).withBalance(changed.balance())).isEqualTo(changed);
        update.set(address, changed);
        mirror.set(address, changed);
      }
      // Written without a read first, as a cheat would: its path is fetched at finish.
      Address blind = address(ACCOUNTS - 1 - (int) block);
      update.set(blind, new Account(9, UInt256.ONE));
      mirror.set(blind, new Account(9, UInt256.ONE));
      StateCommit localCommit = update.finish(block);
      StateCommit upstreamCommit = mirror.finish(block);
      assertThat(localCommit.stateRoot()).isEqualTo(upstreamCommit.stateRoot());
      commit(local, state, localCommit);
      commit(upstreamStore, upstream, upstreamCommit);
    }
    for (int i = 0; i < ACCOUNTS + 20; i++) {
      assertThat(state.account(address(i))).isEqualTo(upstream.account(address(i)));
    }
    Hash head = state.head().orElseThrow().stateRoot();
    assertThat(SecureTrie.verify(head, address(5).bytes(), state.proof(address(5), head)))
        .map(AccountCodec::decode).contains(upstream.account(address(5)));
  }

  @Test
  void aFailingOrLyingSourceIsAnErrorNeverAnEmptyAccount() {
    KeyValueStore local = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState failing = fork(local, address -> {
      throw new IllegalStateException("upstream timed out after 10 s");
    });
    assertThatThrownBy(() -> failing.account(address(1)))
        .isInstanceOf(UnprovenStateException.class).hasMessageContaining("upstream timed out");

    KeyValueStore other = InMemoryKeyValueStore.create(Schema.ALL);
    // The path of another state: its nodes are stored, but never under the hashes this state follows.
    KeyValueStore foreignStore = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState foreign = WorldState.open(foreignStore, StatePruning.archive());
    commit(foreignStore, foreign, foreign.genesis(Map.of(address(1), new Account(0, UInt256.valueOf(1_000_000_000_000L)))));
    Hash foreignRoot = foreign.head().orElseThrow().stateRoot();
    WorldState lying = fork(other, address -> new ArrayList<>(foreign.proof(address, foreignRoot)));
    assertThatThrownBy(() -> lying.account(address(1)))
        .isInstanceOf(UnprovenStateException.class).hasMessageContaining("does not reach trie node");
  }

  @Test
  void aForkBaseNeedsItsRootNodeAndALazyState() {
    KeyValueStore local = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = WorldState.openLazy(local, StatePruning.archive(), this::upstreamPath);
    assertThatThrownBy(() -> state.forkBase(root, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("root node");
    WorldState plain = WorldState.open(InMemoryKeyValueStore.create(Schema.ALL), StatePruning.archive());
    assertThatThrownBy(() -> plain.forkBase(root, upstream.proof(Address.ZERO, root)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> WorldState.openLazy(local, StatePruning.retain(StatePruning.MIN_RETAINED_BLOCKS), this::upstreamPath))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
