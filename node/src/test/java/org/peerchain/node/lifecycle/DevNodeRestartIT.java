package org.peerchain.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisReader;
import org.peerchain.node.dev.DevChain;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * {@code peerchain dev --data-dir} as its own process, stopped with SIGTERM or killed with SIGKILL
 * while transfers flow, then reopened: every transfer that had a receipt is still there, the head did
 * not go back, the balances add up to exactly what the chain holds, and the chain goes on.
 */
class DevNodeRestartIT {
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final int TRANSFERS = 60;

  @TempDir Path dataDir;

  @ParameterizedTest
  @ValueSource(strings = {"SIGTERM", "SIGKILL"})
  void restartAfterStop(String signal) throws Exception {
    int port = freePort();
    Process child = new ProcessBuilder(List.of(javaBin(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "org.peerchain.node.cli.PeerchainCli", "dev", "--data-dir", dataDir.toString(), "--rpc-port",
        String.valueOf(port), "--accounts", "3", "--log-level", "warn"))
        .redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()).start();
    Credentials alice = Credentials.create(DevChain.accounts(1).get(0).privateKey().bytes().toHexString());
    String bob = DevChain.accounts(2).get(1).address().toChecksumString();
    List<String> withReceipt = new ArrayList<>();
    long headBeforeStop;
    Web3j web3 = Web3j.build(new HttpService("http://127.0.0.1:" + port));
    try {
      awaitReady(web3, child);
      for (int nonce = 0; nonce < TRANSFERS; nonce++) {
        RawTransaction tx = RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID, BigInteger.valueOf(nonce),
            BigInteger.valueOf(21_000), bob, BigInteger.valueOf(1_000 + nonce), GWEI, GWEI.multiply(BigInteger.TEN));
        String hash = web3.ethSendRawTransaction(Numeric.toHexString(TransactionEncoder.signMessage(tx, DevNodes.CHAIN_ID,
            alice))).send().getTransactionHash();
        // Every third transfer waits for its receipt, so some are final and others in flight at the stop.
        if (nonce % 3 == 0 && receipt(web3, hash).isPresent()) {
          withReceipt.add(hash);
        }
      }
      headBeforeStop = web3.ethBlockNumber().send().getBlockNumber().longValueExact();
    } finally {
      web3.shutdown();
      if (signal.equals("SIGKILL")) {
        child.destroyForcibly();
      } else {
        child.destroy();
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(withReceipt).isNotEmpty();

    Genesis genesis = GenesisReader.read(dataDir.resolve("genesis.json"));
    try (PeerchainNode node = PeerchainNode.start(DevNodes.config(dataDir, genesis))) {
      Web3j again = Web3j.build(new HttpService("http://127.0.0.1:" + node.rpcPort()));
      try {
        assertThat(again.ethBlockNumber().send().getBlockNumber().longValueExact()).isGreaterThanOrEqualTo(headBeforeStop);
        for (String hash : withReceipt) {
          assertThat(again.ethGetTransactionReceipt(hash).send().getTransactionReceipt()).as(hash).isPresent();
        }
        // Alice's balance is her genesis balance minus exactly what the stored chain says she spent.
        BigInteger spent = BigInteger.ZERO;
        long mined = 0;
        for (int nonce = 0; nonce < TRANSFERS; nonce++) {
          RawTransaction tx = RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID, BigInteger.valueOf(nonce),
              BigInteger.valueOf(21_000), bob, BigInteger.valueOf(1_000 + nonce), GWEI, GWEI.multiply(BigInteger.TEN));
          String hash = org.web3j.crypto.Hash.sha3(Numeric.toHexString(TransactionEncoder.signMessage(tx,
              DevNodes.CHAIN_ID, alice)));
          Optional<TransactionReceipt> r = again.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
          if (r.isPresent()) {
            mined++;
            spent = spent.add(BigInteger.valueOf(1_000 + nonce))
                .add(r.get().getGasUsed().multiply(Numeric.decodeQuantity(r.get().getEffectiveGasPrice())));
          }
        }
        BigInteger initial = genesis.alloc().get(DevChain.accounts(1).get(0).address()).balance().toBigInteger();
        assertThat(again.ethGetBalance(alice.getAddress(), DefaultBlockParameterName.LATEST).send().getBalance())
            .isEqualTo(initial.subtract(spent));
        assertThat(again.ethGetTransactionCount(alice.getAddress(), DefaultBlockParameterName.LATEST).send()
            .getTransactionCount().longValueExact()).isEqualTo(mined);
        // The chain goes on from there: the next nonce is accepted and mined.
        RawTransaction next = RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID, BigInteger.valueOf(mined),
            BigInteger.valueOf(21_000), bob, BigInteger.ONE, GWEI, GWEI.multiply(BigInteger.TEN));
        String hash = again.ethSendRawTransaction(Numeric.toHexString(TransactionEncoder.signMessage(next,
            DevNodes.CHAIN_ID, alice))).send().getTransactionHash();
        assertThat(receipt(again, hash)).isPresent();
      } finally {
        again.shutdown();
      }
    }
  }

  private static Optional<TransactionReceipt> receipt(Web3j web3, String hash) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<TransactionReceipt> r = web3.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
      if (r.isPresent()) {
        return r;
      }
      Thread.sleep(5);
    }
    return Optional.empty();
  }

  private static void awaitReady(Web3j web3, Process child) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive()).as("dev node process exited early").isTrue();
      try {
        web3.ethChainId().send();
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("dev node did not answer within 60 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String javaBin() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}
