package org.peerchain.consensus.execution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/** One node's chain on an in-memory store: genesis committed, blocks committed as a node does. */
final class TestChain {
  static final long CHAIN_ID = 1337;
  static final long GENESIS_TIME = 1_700_000_000L;
  static final UInt256 GWEI = UInt256.valueOf(1_000_000_000L);
  static final UInt256 ETHER = UInt256.valueOf(BigInteger.TEN.pow(18));
  static final UInt256 FUNDS = ETHER.multiply(100);
  static final List<PrivateKey> KEYS = keys(4);
  static final List<Address> USERS = KEYS.stream().map(TestChain::address).toList();
  /** A validator that holds nothing and sends nothing. */
  static final Address PROPOSER = Address.fromHexString("0x00000000000000000000000000000000000000bb");
  /** The first user is a validator too, so a proposer can be a sender. */
  static final Address USER_VALIDATOR = USERS.get(0);
  static final Address OUTSIDER = Address.fromHexString("0x00000000000000000000000000000000000000cc");

  final Genesis genesis;
  final ChainRules rules;
  final KeyValueStore kv;
  WorldState state;
  ChainStore chain;
  BlockHeader head;

  private TestChain(Genesis genesis, KeyValueStore kv) {
    this.genesis = genesis;
    this.rules = ChainRules.of(genesis);
    this.kv = kv;
    this.state = WorldState.open(kv, StatePruning.archive());
    GenesisBlock.Result g = GenesisBlock.build(genesis, state);
    this.chain = ChainStore.initialize(kv, g.block(), g.state());
    state.onCommitted(g.state());
    this.head = g.block().header();
  }

  static TestChain create() {
    return create(genesis(Genesis.DEFAULT_GAS_LIMIT));
  }

  static TestChain create(Genesis genesis) {
    return new TestChain(genesis, InMemoryKeyValueStore.create(Schema.ALL));
  }

  static Genesis genesis(long gasLimit) {
    Map<Address, GenesisAccount> alloc = new TreeMap<>();
    USERS.forEach(user -> alloc.put(user, GenesisAccount.of(FUNDS)));
    return new Genesis(CHAIN_ID, GENESIS_TIME, gasLimit, Genesis.DEFAULT_INITIAL_BASE_FEE, 1_000, 10_000,
        Bytes.EMPTY, List.of(new GenesisValidator(PROPOSER, 1), new GenesisValidator(USER_VALIDATOR, 1)),
        new TreeMap<>(alloc));
  }

  /** Reopens the chain and the world state from the store, as after a restart. */
  void reopen() {
    state = WorldState.open(kv, StatePruning.archive());
    chain = ChainStore.open(kv, GenesisBlock.hash(genesis), state::isAvailable);
    head = chain.header(chain.head().hash()).orElseThrow();
  }

  BlockBuilder builder() {
    return new BlockBuilder(rules);
  }

  BlockExecutor executor() {
    return new BlockExecutor(rules, SenderRecovery.sequential());
  }

  BuiltBlock build(Address proposer, List<Transaction> candidates) {
    return builder().build(head, proposer, head.timestamp() + 1, candidates, state, Bytes.EMPTY);
  }

  ExecutionResult execute(Block block) {
    return executor().execute(block, head, state, block.header().timestamp());
  }

  void commit(ExecutionResult.Executed executed) {
    Block block = executed.block();
    chain.commitBlock(block, certificate(block), executed.receipts(), executed.stateCommit());
    state.onCommitted(executed.stateCommit());
    head = block.header();
  }

  UInt256 balance(Address address) {
    return state.account(address).balance();
  }

  long nonce(Address address) {
    return state.account(address).nonce();
  }

  /** Sum of the balances of every account the tests touch. */
  BigInteger supply() {
    List<Address> all = new ArrayList<>(USERS);
    all.add(PROPOSER);
    all.add(OUTSIDER);
    return all.stream().map(a -> balance(a).toBigInteger()).reduce(BigInteger.ZERO, BigInteger::add);
  }

  static CommitCertificate certificate(Block block) {
    // The chain store checks only that the certificate names the block; quorum is the engine's job.
    Signature placeholder = new Signature(BigInteger.ONE, BigInteger.ONE, 0);
    return new CommitCertificate(block.number(), 0, block.hash(), List.of(new CommitSignature(PROPOSER, placeholder)));
  }

  /** A type-2 transfer: tip 2 gwei, fee cap 10 gwei, gas 21000. */
  static Transaction transfer(int from, Address to, UInt256 value, long nonce) {
    return sign(from, UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(GWEI.multiply(2)).maxFeePerGas(GWEI.multiply(10)).gasLimit(21_000).to(to).value(value)
        .build());
  }

  static Transaction sign(int from, UnsignedTransaction body) {
    return TransactionSigner.sign(body, CHAIN_ID, KEYS.get(from));
  }

  static Address address(PrivateKey key) {
    return Secp256k1.get().publicKey(key).address();
  }

  private static List<PrivateKey> keys(int count) {
    List<PrivateKey> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(PrivateKey.fromBigInteger(BigInteger.valueOf(0xA11CE + i)));
    }
    return List.copyOf(keys);
  }
}
