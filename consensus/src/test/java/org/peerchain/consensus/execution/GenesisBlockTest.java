package org.peerchain.consensus.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;
import org.peerchain.storage.trie.MerklePatriciaTrie;

class GenesisBlockTest {
  private static final Address A = Address.fromHexString("0x00000000000000000000000000000000000000a1");
  private static final Address B = Address.fromHexString("0x00000000000000000000000000000000000000b2");

  @Test
  void blockZeroCarriesTheGenesisParameters() {
    Genesis genesis = new Genesis(7, 1_650_000_000L, 12_345_678, UInt256.valueOf(777), 500, 5_000,
        Bytes.fromHexString("0xcafe"), List.of(new GenesisValidator(A, 1)),
        new TreeMap<>(Map.of(A, new GenesisAccount(UInt256.valueOf(10), 3))));
    GenesisBlock.Result result = GenesisBlock.build(genesis, emptyState());
    BlockHeader header = result.block().header();

    assertThat(header.parentHash()).isEqualTo(Hash.ZERO);
    assertThat(header.number()).isZero();
    assertThat(header.timestamp()).isEqualTo(1_650_000_000L);
    assertThat(header.gasLimit()).isEqualTo(12_345_678);
    assertThat(header.gasUsed()).isZero();
    assertThat(header.baseFeePerGas()).isEqualTo(UInt256.valueOf(777));
    assertThat(header.extraData()).isEqualTo(Bytes.fromHexString("0xcafe"));
    assertThat(header.coinbase()).isEqualTo(Address.ZERO);
    assertThat(header.transactionsRoot()).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    assertThat(header.receiptsRoot()).isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    assertThat(header.hasPeerchainConstants()).isTrue();
    assertThat(result.block().transactions()).isEmpty();
    assertThat(header.stateRoot()).isEqualTo(result.state().stateRoot());
  }

  @Test
  void inMemoryHashEqualsTheBuiltBlocksHash() {
    Genesis genesis = TestChain.genesis(Genesis.DEFAULT_GAS_LIMIT);
    assertThat(GenesisBlock.hash(genesis)).isEqualTo(GenesisBlock.build(genesis, emptyState()).block().hash());
  }

  @Test
  void everyNodeBuildsTheSameGenesis() {
    Genesis genesis = TestChain.genesis(Genesis.DEFAULT_GAS_LIMIT);
    GenesisBlock.Result one = GenesisBlock.build(genesis, emptyState());
    GenesisBlock.Result two = GenesisBlock.build(genesis, emptyState());
    assertThat(two.block()).isEqualTo(one.block());
    assertThat(two.state().stateRoot()).isEqualTo(one.state().stateRoot());
  }

  @Test
  void theStateRootCommitsToTheAllocation() {
    Genesis base = genesis(Map.of(A, GenesisAccount.of(UInt256.valueOf(5))));
    Genesis richer = genesis(Map.of(A, GenesisAccount.of(UInt256.valueOf(6))));
    Genesis withNonce = genesis(Map.of(A, new GenesisAccount(UInt256.valueOf(5), 1)));
    assertThat(List.of(GenesisBlock.hash(base), GenesisBlock.hash(richer), GenesisBlock.hash(withNonce)))
        .doesNotHaveDuplicates();

    KeyValueStore kv = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = WorldState.open(kv, StatePruning.archive());
    GenesisBlock.Result result = GenesisBlock.build(withNonce, state);
    try (WriteBatch batch = kv.newBatch()) {
      result.state().writeTo(batch);
      batch.commit();
    }
    state.onCommitted(result.state());
    assertThat(state.account(A)).isEqualTo(new Account(1, UInt256.valueOf(5)));
    assertThat(state.account(A, result.block().header().stateRoot())).isEqualTo(new Account(1, UInt256.valueOf(5)));
  }

  @Test
  void anEmptyAllocationHasTheEmptyStateRoot() {
    Genesis genesis = genesis(Map.of());
    assertThat(GenesisBlock.build(genesis, emptyState()).block().header().stateRoot())
        .isEqualTo(MerklePatriciaTrie.EMPTY_TRIE_ROOT);
    assertThat(GenesisBlock.hash(genesis)).isEqualTo(GenesisBlock.build(genesis, emptyState()).block().hash());
  }

  @Test
  void anEmptyAccountIsNotInState() {
    Genesis withEmpty = genesis(Map.of(A, GenesisAccount.of(UInt256.ONE), B, GenesisAccount.of(UInt256.ZERO)));
    Genesis without = genesis(Map.of(A, GenesisAccount.of(UInt256.ONE)));
    assertThat(GenesisBlock.hash(withEmpty)).isEqualTo(GenesisBlock.hash(without));
    assertThat(GenesisBlock.build(withEmpty, emptyState()).block().hash()).isEqualTo(GenesisBlock.hash(withEmpty));
  }

  @Test
  void aSupplyAbove256BitsIsRefused() {
    Genesis genesis = genesis(Map.of(A, GenesisAccount.of(UInt256.MAX_VALUE), B, GenesisAccount.of(UInt256.ONE)));
    assertThatThrownBy(() -> GenesisBlock.hash(genesis))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 2^256 - 1");
    assertThatThrownBy(() -> GenesisBlock.build(genesis, emptyState()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStateWithAHeadIsRefused() {
    Genesis genesis = genesis(Map.of(A, GenesisAccount.of(UInt256.ONE)));
    WorldState state = emptyState();
    state.onCommitted(GenesisBlock.build(genesis, state).state());
    assertThatThrownBy(() -> GenesisBlock.build(genesis, state)).isInstanceOf(IllegalStateException.class);
  }

  private static Genesis genesis(Map<Address, GenesisAccount> alloc) {
    return Genesis.of(1337, List.of(new GenesisValidator(A, 1)), alloc);
  }

  private static WorldState emptyState() {
    return WorldState.open(InMemoryKeyValueStore.create(Schema.ALL), StatePruning.archive());
  }
}
