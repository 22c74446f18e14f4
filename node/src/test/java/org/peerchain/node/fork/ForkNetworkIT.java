package org.peerchain.node.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.GenesisBlock;
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
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.config.DevSettings;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.lifecycle.ForkedDevNode;
import org.peerchain.node.lifecycle.PeerchainNode;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.node.validator.ConsensusTimeouts;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StatePruning;

/**
 * A dev node forked from a live two-validator network started here: balances read through proofs
 * equal the network's at the fork block, a local transfer goes on top, and a hostile upstream's
 * tampered proofs and forged or insufficient certificates are refused with their reason.
 */
class ForkNetworkIT {
  private static final long CHAIN_ID = 4343;
  private static final long GWEI = 1_000_000_000L;
  private static final UInt256 ONE_ETH = UInt256.valueOf(BigInteger.TEN.pow(18));
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path root;

  private Genesis genesis;
  private final List<KeyPair> validatorKeys = new ArrayList<>();
  private final List<PeerchainNode> started = new ArrayList<>();
  private final List<ForkedDevNode> forkedNodes = new ArrayList<>();
  private PeerchainNode v0;
  private PeerchainNode v1;

  @BeforeEach
  void network() throws InterruptedException {
    List<GenesisValidator> set = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(3_000_017L + i));
      KeyPair pair = new KeyPair(key, Secp256k1.get().publicKey(key));
      validatorKeys.add(pair);
      set.add(new GenesisValidator(pair.address(), 1));
    }
    Map<Address, GenesisAccount> alloc = new TreeMap<>();
    for (KeyPair account : DevAccounts.accounts(5)) {
      alloc.put(account.address(), GenesisAccount.of(UInt256.valueOf(BigInteger.TEN.pow(24))));
    }
    genesis = new Genesis(CHAIN_ID, 1_700_000_000L, Genesis.DEFAULT_GAS_LIMIT, Genesis.DEFAULT_INITIAL_BASE_FEE, 0,
        300, Bytes.EMPTY, set, new TreeMap<>(alloc));
    v0 = startValidator(0, List.of());
    v1 = startValidator(1, List.of(v0.network().orElseThrow().enode()));
    await("the validators to finalize blocks", () -> v0.chain().head().number() >= 2 && v1.chain().head().number() >= 2);
  }

  @AfterEach
  void stop() {
    for (ForkedDevNode node : forkedNodes) {
      node.close();
    }
    for (int i = started.size() - 1; i >= 0; i--) {
      started.get(i).close();
    }
  }

  private PeerchainNode startValidator(int index, List<String> boot) {
    PeerchainNode node = PeerchainNode.start(new NodeConfig(root.resolve("validator-" + index), genesis,
        Optional.of(validatorKeys.get(index)), rpc(), Optional.empty(), StatePruning.archive(), TxPoolConfig.DEFAULT,
        ConsensusTimeouts.forChain(genesis), List.of(),
        Optional.of(new NodeConfig.NetworkSettings("127.0.0.1", 0, boot, List.of(), 25))));
    started.add(node);
    return node;
  }

  private PeerchainNode startFork(String name, ForkedChain fork) {
    Genesis local = fork.localGenesis();
    PeerchainNode node = PeerchainNode.start(new NodeConfig(root.resolve(name), local, Optional.of(DevChain.validatorKey()),
        rpc(), Optional.empty(), StatePruning.archive(), TxPoolConfig.DEFAULT, ConsensusTimeouts.forDevChain(),
        DevAccounts.accounts(5)).withDev(DevSettings.defaults()), Optional.of(fork));
    started.add(node);
    return node;
  }

  private static RpcConfig rpc() {
    return RpcConfig.defaults().toBuilder().host("127.0.0.1").port(0).build();
  }

  private static URI url(PeerchainNode node) {
    return URI.create("http://127.0.0.1:" + node.rpcPort());
  }

  private ForkSettings settings(URI upstream, long block) {
    return new ForkSettings(upstream, OptionalLong.of(block), TrustAnchor.fromGenesis(genesis), OptionalLong.empty(),
        UpstreamLimits.DEFAULT, 0, 10_000, DevChain.validatorKey().address());
  }

  private static Transaction transfer(KeyPair from, long nonce, Address to) {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
        .maxPriorityFeePerGas(UInt256.valueOf(GWEI)).maxFeePerGas(UInt256.valueOf(100 * GWEI)).gasLimit(21_000)
        .to(to).value(ONE_ETH).data(Bytes.EMPTY).build();
    return TransactionSigner.sign(body, CHAIN_ID, from.privateKey());
  }

  private static UInt256 balance(UpstreamClient rpc, Address address) {
    return UInt256.fromQuantity(rpc.call("eth_getBalance", address.toHexString(), "latest").asText());
  }

  @Test
  void forkReadsProvenBalancesAndExtendsTheNetworksStateLocally() throws InterruptedException {
    KeyPair alice = DevAccounts.account(0);
    Address bob = DevAccounts.account(1).address();
    v0.pool().add(transfer(alice, 0, bob));
    await("the network's transfer", () -> v1.chain().state().account(alice.address()).nonce() == 1);
    long height = v1.chain().head().number();
    BlockHeader forked = v1.chain().chain().headerByNumber(height).orElseThrow();

    ForkedChain fork = ForkConnector.connect(settings(url(v1), height));
    assertThat(fork.point().header()).isEqualTo(forked);
    assertThat(fork.localGenesis().chainId()).isEqualTo(CHAIN_ID);
    // The validator set alone as the checkpoint: chain id and genesis hash then come from the upstream,
    // bound by the certificate's signatures.
    ForkSettings checkpoint = new ForkSettings(url(v1), OptionalLong.of(height),
        TrustAnchor.fromValidators(genesis.validators()), OptionalLong.of(777), UpstreamLimits.DEFAULT, 0, 10_000,
        DevChain.validatorKey().address());
    ForkedChain viaCheckpoint = ForkConnector.connect(checkpoint);
    assertThat(viaCheckpoint.point().header()).isEqualTo(forked);
    assertThat(viaCheckpoint.localGenesis().chainId()).isEqualTo(777);
    PeerchainNode dev = startFork("fork", fork);
    UpstreamClient devRpc = new UpstreamClient(url(dev), UpstreamLimits.DEFAULT);

    // Proven reads: what the network held at the fork block.
    for (KeyPair account : DevAccounts.accounts(3)) {
      Account expected = v1.chain().state().account(account.address(), forked.stateRoot());
      assertThat(balance(devRpc, account.address())).as(account.address().toString()).isEqualTo(expected.balance());
    }
    assertThat(dev.chain().chain().headerByNumber(0).orElseThrow().parentHash()).isEqualTo(forked.hash());

    // A local transfer on top of the fork, from an account whose balance came from the network.
    Address carol = Address.fromHexString("0x" + "ca".repeat(20));
    KeyPair dave = DevAccounts.account(2);
    UInt256 daveBefore = balance(devRpc, dave.address());
    Transaction local = transfer(dave, 0, carol);
    devRpc.call("eth_sendRawTransaction", TransactionEncoder.encode(local).toHexString());
    await("the local transfer", () -> dev.chain().state().account(carol).balance().equals(ONE_ETH));
    assertThat(balance(devRpc, carol)).isEqualTo(ONE_ETH);
    assertThat(balance(devRpc, dave.address()).toBigInteger()).isLessThan(daveBefore.toBigInteger().subtract(ONE_ETH.toBigInteger()));
    // The network never saw it: the fork is local.
    assertThat(v1.chain().state().account(carol)).isEqualTo(Account.EMPTY);
    assertThat(devRpc.call("eth_getTransactionReceipt", local.hash().toString()).path("status").asText()).isEqualTo("0x1");

    // A kept data directory reopens on the same fork point, and refuses another one.
    dev.close();
    PeerchainNode reopened = startFork("fork", fork);
    UpstreamClient reopenedRpc = new UpstreamClient(url(reopened), UpstreamLimits.DEFAULT);
    assertThat(balance(reopenedRpc, carol)).isEqualTo(ONE_ETH);
    reopened.close();
    ForkedChain earlier = ForkConnector.connect(settings(url(v1), height - 1));
    assertThatThrownBy(() -> startFork("fork", earlier)).hasMessageContaining("holds another fork");
    PeerchainNode again = startFork("fork", fork);
    UpstreamClient againRpc = new UpstreamClient(url(again), UpstreamLimits.DEFAULT);

    // Cheats work on the fork: a forked account's balance set, then everything back to the fork point.
    Address erin = DevAccounts.account(4).address();
    againRpc.call("anvil_setBalance", erin.toHexString(), "0x7");
    assertThat(balance(againRpc, erin)).isEqualTo(UInt256.valueOf(7));
    againRpc.call("anvil_reset");
    assertThat(again.chain().head().number()).isZero();
    assertThat(balance(againRpc, carol)).isEqualTo(UInt256.ZERO);
    assertThat(balance(againRpc, dave.address())).isEqualTo(daveBefore);
    assertThat(balance(againRpc, erin)).isEqualTo(v1.chain().state().account(erin, forked.stateRoot()).balance());
  }

  @Test
  void aHostileUpstreamIsRefusedWithItsLie() throws Exception {
    // A transfer first, so that the state at the fork block differs from genesis' (the "other root").
    v0.pool().add(transfer(DevAccounts.account(0), 0, DevAccounts.account(1).address()));
    await("the network's transfer", () -> v1.chain().state().account(DevAccounts.account(0).address()).nonce() == 1);
    long height = v1.chain().head().number();
    SigningDomain domain = new SigningDomain(CHAIN_ID, GenesisBlock.hash(genesis));
    try (HostileUpstream hostile = new HostileUpstream(url(v1), List.of(DevAccounts.account(3), DevAccounts.account(4)), domain)) {
      hostile.mode(HostileUpstream.Mode.INSUFFICIENT_CERTIFICATE);
      assertThatThrownBy(() -> ForkConnector.connect(settings(hostile.url(), height)))
          .isInstanceOf(ForkException.class).hasMessageContaining("not certified by the trusted validator set")
          .hasMessageContaining("more than 2/3");
      hostile.mode(HostileUpstream.Mode.FORGED_CERTIFICATE);
      assertThatThrownBy(() -> ForkConnector.connect(settings(hostile.url(), height)))
          .isInstanceOf(ForkException.class).hasMessageContaining("is not a validator");

      hostile.mode(HostileUpstream.Mode.HONEST);
      PeerchainNode dev = startFork("hostile-fork", ForkConnector.connect(settings(hostile.url(), height)));
      UpstreamClient devRpc = new UpstreamClient(url(dev), UpstreamLimits.DEFAULT);

      hostile.mode(HostileUpstream.Mode.INFLATED_BALANCE_CLAIM);
      assertThatThrownBy(() -> balance(devRpc, DevAccounts.account(0).address()))
          .isInstanceOf(ForkException.class).hasMessageContaining("could not be proven").hasMessageContaining("claims balance");
      hostile.mode(HostileUpstream.Mode.PROOF_OF_ANOTHER_ROOT);
      assertThatThrownBy(() -> balance(devRpc, DevAccounts.account(0).address()))
          .isInstanceOf(ForkException.class).hasMessageContaining("does not verify against the certified state root");
      // A refused read leaves nothing behind: the honest answer is accepted afterwards.
      hostile.mode(HostileUpstream.Mode.HONEST);
      Account expected = v1.chain().state().account(DevAccounts.account(0).address(),
          v1.chain().chain().headerByNumber(height).orElseThrow().stateRoot());
      assertThat(balance(devRpc, DevAccounts.account(0).address())).isEqualTo(expected.balance());
    }
  }

  @Test
  void withoutAnAnchorTheUpstreamsSetIsTrustedOnFirstUseAndStillChecksEveryProof() throws Exception {
    v0.pool().add(transfer(DevAccounts.account(0), 0, DevAccounts.account(1).address()));
    await("the network's transfer", () -> v1.chain().state().account(DevAccounts.account(0).address()).nonce() == 1);
    long height = v1.chain().head().number();
    BlockHeader forked = v1.chain().chain().headerByNumber(height).orElseThrow();
    SigningDomain domain = new SigningDomain(CHAIN_ID, GenesisBlock.hash(genesis));
    Path pinDir = root.resolve("first-use");

    try (HostileUpstream hostile = new HostileUpstream(url(v1), List.of(DevAccounts.account(3), DevAccounts.account(4)), domain)) {
      UpstreamAnchor presented = UpstreamAnchor.fetch(new UpstreamClient(hostile.url(), UpstreamLimits.DEFAULT));
      assertThat(presented.validators().validators()).containsExactlyInAnyOrderElementsOf(genesis.validators());
      assertThat(presented.domain()).isEqualTo(domain);
      assertThat(presented.describe()).contains("2 validators").contains(GenesisBlock.hash(genesis).toString());

      UpstreamAnchor trusted = PinnedAnchor.check(pinDir, presented);
      ForkSettings firstUse = new ForkSettings(hostile.url(), OptionalLong.of(height), trusted.trustAnchor(),
          OptionalLong.empty(), UpstreamLimits.DEFAULT, 0, 10_000, DevChain.validatorKey().address());
      // The set taken on trust still has to certify the fork block.
      hostile.mode(HostileUpstream.Mode.INSUFFICIENT_CERTIFICATE);
      assertThatThrownBy(() -> ForkConnector.connect(firstUse)).isInstanceOf(ForkException.class)
          .hasMessageContaining("not certified by the trusted validator set");
      hostile.mode(HostileUpstream.Mode.HONEST);
      ForkedChain fork = ForkConnector.connect(firstUse);
      PinnedAnchor.pin(pinDir, trusted);
      assertThat(fork.point().header()).isEqualTo(forked);
      PeerchainNode dev = startFork("first-use-fork", fork);
      UpstreamClient devRpc = new UpstreamClient(url(dev), UpstreamLimits.DEFAULT);
      for (KeyPair account : DevAccounts.accounts(3)) {
        Account expected = v1.chain().state().account(account.address(), forked.stateRoot());
        assertThat(balance(devRpc, account.address())).as(account.address().toString()).isEqualTo(expected.balance());
      }
      // Reads are still proven against the certified root: a tampered proof is refused.
      hostile.mode(HostileUpstream.Mode.PROOF_OF_ANOTHER_ROOT);
      assertThatThrownBy(() -> balance(devRpc, DevAccounts.account(4).address()))
          .isInstanceOf(ForkException.class).hasMessageContaining("does not verify against the certified state root");
      hostile.mode(HostileUpstream.Mode.INFLATED_BALANCE_CLAIM);
      assertThatThrownBy(() -> balance(devRpc, DevAccounts.account(4).address()))
          .isInstanceOf(ForkException.class).hasMessageContaining("claims balance");
    }

    // The pin is kept: the same set passes again, another set is refused with both named.
    assertThat(PinnedAnchor.check(pinDir, UpstreamAnchor.fetch(new UpstreamClient(url(v0), UpstreamLimits.DEFAULT))))
        .isEqualTo(PinnedAnchor.read(pinDir).orElseThrow());
    UpstreamAnchor other = new UpstreamAnchor(
        ValidatorSet.of(List.of(new GenesisValidator(DevAccounts.account(3).address(), 1))), domain);
    assertThatThrownBy(() -> PinnedAnchor.check(pinDir, other)).isInstanceOf(ForkException.class)
        .hasMessageContaining("the upstream presents 1 validator [").hasMessageContaining("pins 2 validators")
        .hasMessageContaining("--fork-validators").hasMessageContaining("another --data-dir");
  }

  @Test
  void anvilResetReforksToAnotherBlockWhileTheRpcKeepsServing() throws Exception {
    KeyPair alice = DevAccounts.account(0);
    Address bob = DevAccounts.account(1).address();
    long before = v1.chain().head().number();
    v0.pool().add(transfer(alice, 0, bob));
    await("the network's transfer", () -> v1.chain().state().account(alice.address()).nonce() == 1);
    long after = v1.chain().head().number();
    UInt256 bobBefore = v1.chain().state().account(bob, v1.chain().chain().headerByNumber(before).orElseThrow().stateRoot()).balance();
    UInt256 bobAfter = v1.chain().state().account(bob, v1.chain().chain().headerByNumber(after).orElseThrow().stateRoot()).balance();
    assertThat(bobAfter).isNotEqualTo(bobBefore);

    ForkSettings first = settings(url(v1), before);
    ForkedChain fork = ForkConnector.connect(first);
    ForkedDevNode dev = ForkedDevNode.start(new NodeConfig(root.resolve("reforked"), fork.localGenesis(),
        Optional.of(DevChain.validatorKey()), rpc(), Optional.empty(), StatePruning.archive(), TxPoolConfig.DEFAULT,
        ConsensusTimeouts.forDevChain(), DevAccounts.accounts(5)).withDev(DevSettings.defaults()), first, fork);
    forkedNodes.add(dev);
    UpstreamClient devRpc = new UpstreamClient(URI.create("http://127.0.0.1:" + dev.rpcPort()), UpstreamLimits.DEFAULT);
    assertThat(balance(devRpc, bob)).isEqualTo(bobBefore);
    JsonNode info = devRpc.call("anvil_nodeInfo").path("forkConfig");
    assertThat(info.path("forkUrl").asText()).isEqualTo(url(v1).toString());
    assertThat(info.path("forkBlockNumber").asLong()).isEqualTo(before);
    PeerchainNode firstNode = dev.node();

    // Same upstream, another block: true once the new fork serves, on the same port.
    JsonNode answer = devRpc.call("anvil_reset", Map.of("forking", Map.of("blockNumber", after)));
    assertThat(answer.asBoolean()).isTrue();
    assertThat(balance(devRpc, bob)).isEqualTo(bobAfter);
    assertThat(devRpc.call("anvil_nodeInfo").path("forkConfig").path("forkBlockNumber").asLong()).isEqualTo(after);
    assertThat(dev.node()).isNotSameAs(firstNode);
    assertThat(devRpc.call("eth_blockNumber").asText()).isEqualTo("0x0");

    // A bad upstream is refused by name and the fork in place keeps serving.
    assertThatThrownBy(() -> devRpc.call("anvil_reset", Map.of("forking", Map.of("jsonRpcUrl", "http://127.0.0.1:1"))))
        .isInstanceOf(ForkException.class).hasMessageContaining("-32602").hasMessageContaining("re-fork failed")
        .hasMessageContaining("127.0.0.1:1").hasMessageContaining("still forked from");
    assertThatThrownBy(() -> devRpc.call("anvil_reset", Map.of("forking", Map.of("jsonRpcUrl", "ftp://x"))))
        .isInstanceOf(ForkException.class).hasMessageContaining("-32602").hasMessageContaining("jsonRpcUrl");
    assertThatThrownBy(() -> devRpc.call("anvil_reset", Map.of("forking", Map.of("jsonRpcUrl", 5))))
        .isInstanceOf(ForkException.class).hasMessageContaining("-32602").hasMessageContaining("jsonRpcUrl");
    assertThatThrownBy(() -> devRpc.call("anvil_reset", Map.of("forking", Map.of("blockNumber", "soon"))))
        .isInstanceOf(ForkException.class).hasMessageContaining("-32602").hasMessageContaining("blockNumber");
    assertThat(balance(devRpc, bob)).isEqualTo(bobAfter);
    Address carol = Address.fromHexString("0x" + "cb".repeat(20));
    devRpc.call("eth_sendRawTransaction", TransactionEncoder.encode(transfer(DevAccounts.account(2), 0, carol)).toHexString());
    await("a transfer on the re-fork", () -> dev.node().chain().state().account(carol).balance().equals(ONE_ETH));

    // No block: the upstream's head, and the URL given again.
    assertThat(devRpc.call("anvil_reset", Map.of("forking", Map.of("jsonRpcUrl", url(v0).toString()))).asBoolean())
        .isTrue();
    JsonNode latest = devRpc.call("anvil_nodeInfo").path("forkConfig");
    assertThat(latest.path("forkUrl").asText()).isEqualTo(url(v0).toString());
    assertThat(latest.path("forkBlockNumber").asLong()).isGreaterThanOrEqualTo(after);
    assertThat(balance(devRpc, carol)).isEqualTo(UInt256.ZERO);
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + WAIT.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(50);
    }
  }
}
