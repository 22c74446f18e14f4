package org.peerchain.node.netadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.config.SyncSettings;
import org.peerchain.node.lifecycle.PeerchainNode;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.node.validator.ConsensusTimeouts;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.storage.state.StatePruning;

/**
 * Validators and full nodes of one chain in this JVM, each with its own RocksDB directory, RPC on a
 * free loopback port and P2P on a free loopback port; all dial the first node, and find each other
 * through peer exchange.
 */
final class TestNetwork implements AutoCloseable {
  static final long CHAIN_ID = 4242;
  private static final long GWEI = 1_000_000_000L;

  private final Path root;
  private final Genesis genesis;
  private final List<KeyPair> validatorKeys = new ArrayList<>();
  private final List<Member> members = new ArrayList<>();
  private String bootnode;

  final class Member {
    final String name;
    final Path dataDir;
    final Optional<KeyPair> key;
    PeerchainNode node;

    Member(String name, Optional<KeyPair> key) {
      this.name = name;
      this.dataDir = root.resolve(name);
      this.key = key;
    }

    void start() {
      start(bootnode == null ? List.of() : List.of(bootnode));
    }

    /** Starts with these bootnodes instead of the first node alone. */
    void start(List<String> boot) {
      start(boot, SyncSettings.FULL_DEFAULTS);
    }

    /** Starts with these bootnodes and this way of joining and serving state. */
    void start(List<String> boot, SyncSettings sync) {
      node = PeerchainNode.start(config(boot, sync));
      if (bootnode == null) {
        bootnode = node.network().orElseThrow().enode();
      }
    }

    NodeConfig config(List<String> boot, SyncSettings sync) {
      return new NodeConfig(dataDir, genesis, key,
          RpcConfig.defaults().toBuilder().host("127.0.0.1").port(0).build(), Optional.empty(), StatePruning.archive(),
          TxPoolConfig.DEFAULT, ConsensusTimeouts.forChain(genesis), List.of(),
          Optional.of(new NodeConfig.NetworkSettings("127.0.0.1", 0, boot, List.of(), 25, sync)));
    }

    void stop() {
      if (node != null) {
        node.close();
        node = null;
      }
    }

    boolean running() {
      return node != null;
    }

    long height() {
      return node.chain().head().number();
    }
  }

  TestNetwork(Path root, int validators, long emptyBlockPeriodMs) {
    this(root, validators, emptyBlockPeriodMs, 0);
  }

  /** As above, with {@code extraAccounts} more funded accounts (seeded addresses) in genesis: a larger state. */
  TestNetwork(Path root, int validators, long emptyBlockPeriodMs, int extraAccounts) {
    this.root = root;
    List<GenesisValidator> set = new ArrayList<>();
    for (int i = 0; i < validators; i++) {
      PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(1_000_003L + i));
      KeyPair pair = new KeyPair(key, Secp256k1.get().publicKey(key));
      validatorKeys.add(pair);
      set.add(new GenesisValidator(pair.address(), 1));
    }
    Map<Address, GenesisAccount> alloc = new TreeMap<>();
    for (KeyPair account : DevAccounts.accounts(5)) {
      alloc.put(account.address(), GenesisAccount.of(UInt256.valueOf(BigInteger.TEN.pow(24))));
    }
    java.util.Random seeded = new java.util.Random(extraAccounts);
    for (int i = 0; i < extraAccounts; i++) {
      byte[] address = new byte[20];
      seeded.nextBytes(address);
      alloc.put(Address.wrap(Bytes.wrap(address)), GenesisAccount.of(UInt256.valueOf(1 + i)));
    }
    genesis = new Genesis(CHAIN_ID, 1_700_000_000L, Genesis.DEFAULT_GAS_LIMIT, Genesis.DEFAULT_INITIAL_BASE_FEE, 0,
        emptyBlockPeriodMs, Bytes.EMPTY, set, new TreeMap<>(alloc));
  }

  Member addValidator(int index) {
    Member m = new Member("validator-" + index, Optional.of(validatorKeys.get(index)));
    members.add(m);
    return m;
  }

  Member addFullNode(String name) {
    Member m = new Member(name, Optional.empty());
    members.add(m);
    return m;
  }

  Genesis genesis() {
    return genesis;
  }

  List<Member> members() {
    return members;
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    for (int i = members.size() - 1; i >= 0; i--) {
      members.get(i).stop();
    }
  }

  /** A 1 ETH transfer to dev account 1. */
  static Transaction transfer(KeyPair from, long nonce) {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.valueOf(GWEI)).maxFeePerGas(UInt256.valueOf(100 * GWEI)).gasLimit(21_000)
        .to(DevAccounts.account(1).address()).value(UInt256.valueOf(BigInteger.TEN.pow(18))).data(Bytes.EMPTY).build();
    return TransactionSigner.sign(body, CHAIN_ID, from.privateKey());
  }

  /** Same block hash and state root at every height all running nodes have. */
  static void assertSameChain(List<Member> members) {
    long common = members.stream().filter(Member::running).mapToLong(Member::height).min().orElseThrow();
    Member reference = members.stream().filter(Member::running).findFirst().orElseThrow();
    for (long h = 0; h <= common; h++) {
      BlockHeader expected = reference.node.chain().chain().headerByNumber(h).orElseThrow();
      for (Member m : members) {
        if (!m.running()) {
          continue;
        }
        BlockHeader actual = m.node.chain().chain().headerByNumber(h).orElseThrow();
        assertThat(actual.hash()).as(m.name + " at height " + h).isEqualTo(expected.hash());
        assertThat(actual.stateRoot()).as(m.name + " state root at " + h).isEqualTo(expected.stateRoot());
      }
    }
  }
}
