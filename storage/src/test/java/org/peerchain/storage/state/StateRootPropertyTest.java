package org.peerchain.storage.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.SecureTrie;

/**
 * A block's changes are encoded and key-hashed once, in parallel above a threshold, and applied in
 * address order: the roots must be those of a plain trie that applies the same changes one by one
 * in any order, small blocks and large ones, pruned and archive.
 */
class StateRootPropertyTest {
  @Property(tries = 12)
  void rootsEqualThoseOfASequentialTrie(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 3_000) int changesPerBlock, @ForAll boolean pruned) {
    Random random = new Random(seed);
    KeyValueStore store = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = WorldState.open(store, pruned ? StatePruning.retain(128) : StatePruning.archive());
    Map<Address, Account> genesis = Accounts.funded(500, random);
    SecureTrie reference = SecureTrie.inMemory();
    genesis.forEach((address, account) -> reference.put(address.bytes(), AccountCodec.encode(account)));
    StateCommit commit = state.genesis(genesis);
    assertThat(commit.stateRoot()).isEqualTo(reference.rootHash());
    Accounts.commit(store, state, commit);
    for (long block = 1; block <= 3; block++) {
      StateUpdate update = state.begin();
      Map<Address, Account> changes = new HashMap<>();
      for (int i = 0; i < changesPerBlock; i++) {
        Address address = Accounts.address(random.nextInt(4_000));
        // Some accounts empty out and leave the state (EIP-161).
        Account account = random.nextInt(10) == 0
            ? Account.EMPTY : new Account(random.nextInt(5), UInt256.valueOf(random.nextInt(1_000_000)));
        update.set(address, account);
        changes.put(address, account);
      }
      List<Map.Entry<Address, Account>> shuffled = new ArrayList<>(changes.entrySet());
      Collections.shuffle(shuffled, random);
      for (Map.Entry<Address, Account> change : shuffled) {
        if (change.getValue().isEmpty()) {
          reference.delete(change.getKey().bytes());
        } else {
          reference.put(change.getKey().bytes(), AccountCodec.encode(change.getValue()));
        }
      }
      commit = update.finish(block);
      assertThat(commit.stateRoot()).as("block %d", block).isEqualTo(reference.rootHash());
      Accounts.commit(store, state, commit);
      for (Map.Entry<Address, Account> change : shuffled) {
        assertThat(state.account(change.getKey())).isEqualTo(change.getValue());
      }
    }
  }
}
