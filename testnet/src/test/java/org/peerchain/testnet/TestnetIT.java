package org.peerchain.testnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.node.cli.PeerchainCli;
import org.peerchain.testnet.layout.PortCheck;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.process.Signals;
import org.peerchain.testnet.rpc.NodeClient;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * The testnet as a user runs it: four validators as real processes started by {@code testnet up},
 * a wallet (web3j) sending through one node and reading the receipt from another, a validator
 * killed and brought back, a short chaos run, and {@code down}.
 */
class TestnetIT {
  static final BigInteger GWEI = BigInteger.TEN.pow(9);

  @TempDir Path tmp;
  Path dir;

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PeerchainCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @AfterEach
  void down() {
    if (dir != null && ManifestStore.exists(dir)) {
      cli("testnet", "down", "--dir", dir.toString());
    }
  }

  @Test
  void fourValidatorsFinalizeSurviveACrashAndHoldTheInvariantsUnderChaos() throws Exception {
    dir = tmp.resolve("net");
    int basePort = freeBasePort(4);
    Run up = cli("testnet", "up", "--validators", "4", "--dir", dir.toString(), "--base-port", Integer.toString(basePort),
        "--block-period", "250", "--empty-block-period", "1000", "--heap", "256", "--seed", "11", "--timeout", "120",
        "--warmup", "0");
    assertThat(up.code()).as(up.out() + up.err()).isZero();
    assertThat(up.out()).contains("testnet up: 4 nodes finalizing", "node4", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    Manifest manifest = ManifestStore.read(dir);
    NodeEntry node1 = manifest.nodes().get(0);
    NodeEntry node2 = manifest.nodes().get(1);
    NodeEntry node3 = manifest.nodes().get(2);
    NodeEntry node4 = manifest.nodes().get(3);

    // A wallet sends through node 2 and finds the receipt on node 4.
    Credentials alice = Credentials.create(DevAccounts.account(0).privateKey().bytes().toHexString());
    String bob = DevAccounts.account(1).address().toChecksumString();
    Web3j viaNode2 = Web3j.build(new HttpService(node2.rpcUrl()));
    Web3j viaNode4 = Web3j.build(new HttpService(node4.rpcUrl()));
    try {
      BigInteger nonce = viaNode2.ethGetTransactionCount(alice.getAddress(), DefaultBlockParameterName.PENDING).send()
          .getTransactionCount();
      RawTransaction tx = RawTransaction.createEtherTransaction(manifest.chainId(), nonce, BigInteger.valueOf(21_000), bob,
          BigInteger.valueOf(12_345), GWEI, GWEI.multiply(BigInteger.valueOf(100)));
      String hash = viaNode2.ethSendRawTransaction(Numeric.toHexString(TransactionEncoder.signMessage(tx,
          manifest.chainId(), alice))).send().getTransactionHash();
      assertThat(hash).startsWith("0x");
      TransactionReceipt receipt = awaitReceipt(viaNode4, hash, Duration.ofSeconds(30));
      assertThat(receipt.isStatusOK()).isTrue();
      assertThat(receipt.getFrom()).isEqualToIgnoringCase(alice.getAddress());
    } finally {
      viaNode2.shutdown();
      viaNode4.shutdown();
    }

    // One of four validators crashes: the other three still make a quorum.
    Signals.send(node3.pid().getAsLong(), Signals.Signal.KILL);
    assertThat(NodeProcesses.awaitExit(node3.pid().getAsLong(), Duration.ofSeconds(10))).isTrue();
    long before = height(node1);
    awaitTrue(() -> height(node1) >= before + 3 ? 1 : 0, Duration.ofSeconds(40), "blocks continue without node3");

    // Restarted, it catches up with the others.
    Run restart = cli("testnet", "up", "--dir", dir.toString(), "--timeout", "120", "--warmup", "0");
    assertThat(restart.code()).as(restart.out() + restart.err()).isZero();
    long reference = height(node1);
    awaitTrue(() -> height(node3) >= reference ? 1 : 0, Duration.ofSeconds(60), "node3 catches up");
    Run status = cli("testnet", "status", "--dir", dir.toString());
    assertThat(status.code()).as(status.out()).isZero();
    assertThat(status.out()).contains("4 of 4 nodes up", "agreement: all 4 up nodes");

    Run chaos = cli("testnet", "chaos", "--dir", dir.toString(), "--duration", "30", "--seed", "5", "--tps", "10",
        "--settle-timeout", "60");
    assertThat(chaos.code()).as(chaos.out() + chaos.err()).isZero();
    assertThat(chaos.out()).contains("all invariants hold", "liveness pause");

    Manifest last = ManifestStore.read(dir);
    Run down = cli("testnet", "down", "--dir", dir.toString());
    assertThat(down.code()).as(down.err()).isZero();
    for (NodeEntry n : last.nodes()) {
      assertThat(down.out()).contains(n.name() + ": stopped");
      assertThat(ProcessHandle.of(n.pid().getAsLong()).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    }
  }

  static long height(NodeEntry node) {
    try (NodeClient client = NodeClient.local(node.rpcPort(), 2_000)) {
      return client.blockNumber();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  static TransactionReceipt awaitReceipt(Web3j web3, String hash, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<TransactionReceipt> receipt = web3.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
      if (receipt.isPresent()) {
        return receipt.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no receipt for " + hash + " within " + timeout.toSeconds() + " s");
  }

  static void awaitTrue(LongSupplier condition, Duration timeout, String what) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsLong() == 1) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(what + ": not within " + timeout.toSeconds() + " s");
  }

  /** A base port whose node ports are all free now, searched from a fixed start so runs are alike. */
  /**
   * A free range below 32768, the start of Linux's ephemeral range: nodes are restarted here, and a
   * port in the ephemeral range may meanwhile be taken as the source port of some outgoing
   * connection, so that the restarted node cannot bind it again.
   */
  static int freeBasePort(int nodes) throws IOException {
    for (int base = 20_000; base + nodes * 10 < 32_768; base += 500) {
      boolean free = true;
      for (int i = 0; i < nodes * 10 && free; i++) {
        free = PortCheck.isFree(base + i);
      }
      if (free) {
        return base;
      }
    }
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      throw new IOException("no free range of ports found (last free probe " + s.getLocalPort() + ")");
    }
  }
}
