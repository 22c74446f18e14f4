package org.peerchain.consensus.execution;

import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.AccountCodec;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.WorldState;
import org.peerchain.storage.trie.SecureTrie;

/**
 * Block 0 of the chain a genesis describes, the same on every node: parent hash zero, number 0,
 * the genesis' timestamp, gas limit, initial base fee and extra data, coinbase zero, no
 * transactions (so empty transactions and receipts roots) and the state root of the allocation.
 */
public final class GenesisBlock {
  private GenesisBlock() {}

  /** Genesis and its state, for {@code ChainStore.initialize} and then {@code WorldState.onCommitted}. */
  public record Result(Block block, StateCommit state) {
    public Result {
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(state, "state");
    }
  }

  /**
   * @param state an empty world state
   * @throws IllegalArgumentException when the allocation's total exceeds 2^256 - 1 wei, which would
   *     let a transfer overflow a balance
   * @throws IllegalStateException when {@code state} already has a head
   */
  public static Result build(Genesis genesis, WorldState state) {
    Map<Address, Account> alloc = accounts(genesis);
    StateCommit commit = state.genesis(alloc);
    return new Result(new Block(header(genesis, commit.stateRoot()), BlockBody.EMPTY), commit);
  }

  /**
   * The genesis block's hash, computed in memory: what a data directory and peers are checked
   * against. Equals {@code build(genesis, state).block().hash()}.
   */
  public static Hash hash(Genesis genesis) {
    SecureTrie trie = SecureTrie.inMemory();
    accounts(genesis).forEach((address, account) -> {
      // An empty account does not exist in state (EIP-161), as the world state leaves it out.
      if (!account.isEmpty()) {
        trie.put(address.bytes(), AccountCodec.encode(account));
      }
    });
    return header(genesis, trie.rootHash()).hash();
  }

  static BlockHeader header(Genesis genesis, Hash stateRoot) {
    return BlockHeader.builder()
        .parentHash(Hash.ZERO)
        .coinbase(Address.ZERO)
        .stateRoot(stateRoot)
        .number(0)
        .gasLimit(genesis.gasLimit())
        .gasUsed(0)
        .timestamp(genesis.timestamp())
        .extraData(genesis.extraData())
        .baseFeePerGas(ChainRules.of(genesis).baseFees().initial(genesis))
        .build();
  }

  private static Map<Address, Account> accounts(Genesis genesis) {
    Map<Address, Account> accounts = new TreeMap<>();
    BigInteger supply = BigInteger.ZERO;
    for (Map.Entry<Address, GenesisAccount> entry : genesis.alloc().entrySet()) {
      GenesisAccount funded = entry.getValue();
      supply = supply.add(funded.balance().toBigInteger());
      accounts.put(entry.getKey(), new Account(funded.nonce(), funded.balance()));
    }
    if (supply.compareTo(UInt256.MAX_VALUE.toBigInteger()) > 0) {
      throw new IllegalArgumentException("genesis allocates " + supply + " wei in total, more than 2^256 - 1");
    }
    return accounts;
  }
}
