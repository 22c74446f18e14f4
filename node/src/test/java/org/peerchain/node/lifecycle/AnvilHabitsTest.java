package org.peerchain.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.lifecycle.DevRpcClient.hex;
import static org.peerchain.node.lifecycle.DevRpcClient.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.node.config.DevSettings;
import org.peerchain.node.dev.DevChain;
import org.peerchain.storage.trie.SecureTrie;

/**
 * The habits of a wallet test suite written for anvil, run against an in-process dev node over
 * JSON-RPC: snapshot and revert around transfers, mining on demand with automine off, the block
 * clock, balances and nonces set outright (and proved), impersonation, the pool, dump and reload,
 * reset, and what a restart keeps.
 */
class AnvilHabitsTest {
  private static final BigInteger ETH = BigInteger.TEN.pow(18);
  private static final String STRANGER = "0x1111111111111111111111111111111111111111";

  @TempDir Path dataDir;
  private final Genesis genesis = DevNodes.genesis();
  private final String alice = DevChain.accounts(1).get(0).address().toHexString();
  private final String bob = DevChain.accounts(2).get(1).address().toHexString();
  private PeerchainNode node;
  private DevRpcClient rpc;

  private void start() {
    start(DevSettings.defaults());
  }

  private void start(DevSettings settings) {
    node = PeerchainNode.start(DevNodes.config(dataDir, genesis).withDev(settings));
    rpc = new DevRpcClient(node.rpcPort());
  }

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
      node = null;
    }
  }

  /** Waits, bounded, for the receipt of a transaction automine is putting in a block. */
  private JsonNode receipt(String hash) throws InterruptedException {
    for (int i = 0; i < 1_000; i++) {
      JsonNode receipt = rpc.result("eth_getTransactionReceipt", hash);
      if (!receipt.isNull()) {
        return receipt;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no receipt for " + hash + " within 10 s");
  }

  @Test
  void snapshotTransferRevertRestoresBalancesBlocksAndUsesTheIdUp() throws Exception {
    start();
    BigInteger aliceBefore = rpc.balance(alice, "latest");
    BigInteger bobBefore = rpc.balance(bob, "latest");
    long blockBefore = rpc.blockNumber();
    long timestampBefore = rpc.timestamp("latest");

    long id = rpc.number("evm_snapshot");
    String hash = rpc.send(alice, bob, ETH);
    receipt(hash);
    assertThat(rpc.balance(bob, "latest")).isEqualTo(bobBefore.add(ETH));

    assertThat(rpc.result("evm_revert", hex(id)).booleanValue()).isTrue();
    assertThat(rpc.balance(alice, "latest")).isEqualTo(aliceBefore);
    assertThat(rpc.balance(bob, "latest")).isEqualTo(bobBefore);
    assertThat(rpc.blockNumber()).isEqualTo(blockBefore);
    assertThat(rpc.timestamp("latest")).isEqualTo(timestampBefore);
    assertThat(rpc.result("eth_getTransactionReceipt", hash).isNull()).isTrue();
    assertThat(rpc.result("eth_getTransactionByHash", hash).isNull()).isTrue();
    assertThat(rpc.result("evm_revert", hex(id)).booleanValue()).as("a reverted id is used up").isFalse();

    // The chain goes on from the reverted head: the same transfer again, in a new block there.
    String again = rpc.send(alice, bob, ETH);
    JsonNode newReceipt = receipt(again);
    assertThat(rpc.blockNumber()).isEqualTo(blockBefore + 1);
    // Reads of recent blocks come from the chain store's recent blocks: not the block the revert took back.
    assertThat(newReceipt.get("blockHash").textValue())
        .isEqualTo(rpc.result("eth_getBlockByNumber", "latest", false).get("hash").textValue());
    assertThat(rpc.result("eth_getTransactionByHash", again).get("blockHash").textValue())
        .isEqualTo(newReceipt.get("blockHash").textValue());
    assertThat(rpc.balance(bob, "latest")).isEqualTo(bobBefore.add(ETH));
  }

  @Test
  void nestedSnapshotsHaveDistinctIdsAndRevertingTheOuterForgetsTheInner() throws Exception {
    start();
    long outer = rpc.number("evm_snapshot");
    receipt(rpc.send(alice, bob, ETH));
    long inner = rpc.number("evm_snapshot");
    assertThat(inner).isNotEqualTo(outer);
    receipt(rpc.send(alice, bob, ETH));
    assertThat(rpc.result("anvil_metadata").get("snapshots").size()).isEqualTo(2);

    assertThat(rpc.result("evm_revert", hex(outer)).booleanValue()).isTrue();
    assertThat(rpc.result("evm_revert", hex(inner)).booleanValue()).isFalse();
    assertThat(rpc.result("anvil_metadata").get("snapshots").size()).isZero();
    assertThat(rpc.blockNumber()).isZero();
    assertThat(rpc.number("evm_snapshot")).as("ids are never given twice").isGreaterThan(inner);
  }

  @Test
  void automineOffLeavesThePoolPendingUntilMinedAndRevertRestoresThePool() {
    start();
    rpc.result("evm_setAutomine", false);
    assertThat(rpc.result("anvil_getAutomine").booleanValue()).isFalse();
    long block = rpc.blockNumber();
    long id = rpc.number("evm_snapshot");
    String first = rpc.send(alice, bob, ETH);
    String second = rpc.send(alice, bob, ETH);
    assertThat(rpc.result("txpool_status").get("pending").textValue()).isEqualTo("0x2");
    assertThat(rpc.result("eth_getTransactionReceipt", first).isNull()).isTrue();
    assertThat(rpc.blockNumber()).isEqualTo(block);

    assertThat(rpc.result("evm_mine").textValue()).isEqualTo("0x0");
    assertThat(rpc.blockNumber()).isEqualTo(block + 1);
    assertThat(rpc.result("eth_getTransactionReceipt", second).get("status").textValue()).isEqualTo("0x1");
    assertThat(rpc.result("txpool_status").get("pending").textValue()).isEqualTo("0x0");

    // Back to the snapshot: the two transfers are pending again, not mined.
    assertThat(rpc.result("evm_revert", hex(id)).booleanValue()).isTrue();
    assertThat(rpc.blockNumber()).isEqualTo(block);
    assertThat(rpc.result("txpool_status").get("pending").textValue()).isEqualTo("0x0");
    assertThat(rpc.result("anvil_getAutomine").booleanValue()).isFalse();
  }

  @Test
  void dropTransactionAndDropAllEmptyThePool() {
    start(new DevSettings(false, 0, Optional.empty(), Optional.empty()));
    String first = rpc.send(alice, bob, ETH);
    rpc.send(bob, alice, ETH);
    assertThat(rpc.result("anvil_dropTransaction", first).textValue()).isEqualTo(first);
    assertThat(rpc.result("anvil_dropTransaction", first).isNull()).isTrue();
    assertThat(rpc.result("txpool_status").get("pending").textValue()).isEqualTo("0x1");
    rpc.result("anvil_dropAllTransactions");
    assertThat(rpc.result("txpool_status").get("pending").textValue()).isEqualTo("0x0");
    rpc.result("evm_mine");
    assertThat(rpc.result("eth_getBlockByNumber", "latest", false).get("transactions").size()).isZero();
  }

  @Test
  void mineCountAndIntervalAndTheBlockClock() {
    start(new DevSettings(false, 0, Optional.empty(), Optional.empty()));
    long head = rpc.timestamp("latest");
    rpc.result("anvil_mine", "0x3", "0x64");
    assertThat(rpc.blockNumber()).isEqualTo(3);
    assertThat(rpc.timestamp("0x3") - rpc.timestamp("0x2")).isEqualTo(100);
    assertThat(rpc.timestamp("0x2") - rpc.timestamp("0x1")).isEqualTo(100);

    long next = rpc.timestamp("latest") + 5_000;
    rpc.result("evm_setNextBlockTimestamp", next);
    rpc.result("evm_mine");
    assertThat(rpc.timestamp("latest")).isEqualTo(next);

    JsonNode past = rpc.call("evm_setNextBlockTimestamp", head - 1);
    assertThat(past.get("error").get("code").intValue()).isEqualTo(-32602);
    assertThat(past.get("error").get("message").textValue()).contains("lower than previous block's timestamp");

    long offset = rpc.result("evm_increaseTime", 3_600).longValue();
    assertThat(offset).isGreaterThanOrEqualTo(3_600);
    long before = rpc.timestamp("latest");
    rpc.result("evm_mine");
    assertThat(rpc.timestamp("latest")).isGreaterThanOrEqualTo(before + 3_600);

    rpc.result("anvil_setBlockTimestampInterval", 7);
    long base = rpc.timestamp("latest");
    rpc.result("evm_mine");
    assertThat(rpc.timestamp("latest")).isEqualTo(base + 7);
    assertThat(rpc.result("anvil_removeBlockTimestampInterval").booleanValue()).isTrue();
    assertThat(rpc.result("anvil_removeBlockTimestampInterval").booleanValue()).isFalse();

    rpc.result("evm_mine", Map.of("timestamp", base + 100, "blocks", 2));
    assertThat(rpc.timestamp(hex(rpc.blockNumber() - 1))).isEqualTo(base + 100);
  }

  @Test
  void setBalanceAndNonceAreAtLatestAtOnceProvedAndHistoryKeepsTheOldValues() {
    start();
    long before = rpc.blockNumber();
    BigInteger old = rpc.balance(STRANGER, "latest");
    rpc.result("anvil_setBalance", STRANGER, "0x" + ETH.multiply(BigInteger.valueOf(3)).toString(16));
    rpc.result("hardhat_setNonce", STRANGER, "0x7");
    assertThat(rpc.balance(STRANGER, "latest")).isEqualTo(ETH.multiply(BigInteger.valueOf(3)));
    assertThat(rpc.number("eth_getTransactionCount", STRANGER, "latest")).isEqualTo(7);
    assertThat(rpc.balance(STRANGER, hex(before))).isEqualTo(old);

    JsonNode latest = rpc.block("latest");
    Hash root = Hash.fromHexString(latest.get("stateRoot").textValue());
    JsonNode proof = rpc.result("eth_getProof", STRANGER, List.of(), "latest");
    List<Bytes> nodes = new ArrayList<>();
    proof.get("accountProof").forEach(n -> nodes.add(Bytes.fromHexString(n.textValue())));
    assertThat(SecureTrie.verify(root, Address.fromHexString(STRANGER).bytes(), nodes)).isPresent();
    assertThat(latest.get("transactions").size()).isZero();
  }

  @Test
  void impersonatedAccountSendsWithoutAKeyUntilStopped() throws Exception {
    start();
    rpc.result("anvil_setBalance", STRANGER, "0x" + ETH.toString(16));
    JsonNode refused = rpc.call("eth_sendTransaction", Map.of("from", STRANGER, "to", bob, "value", "0x1"));
    assertThat(refused.get("error").get("message").textValue()).isEqualTo("unknown account");

    rpc.result("anvil_impersonateAccount", STRANGER);
    String hash = rpc.send(STRANGER, bob, BigInteger.TEN);
    JsonNode receipt = receipt(hash);
    assertThat(receipt.get("status").textValue()).isEqualTo("0x1");
    assertThat(receipt.get("from").textValue()).isEqualTo(STRANGER);
    assertThat(rpc.result("eth_getTransactionByHash", hash).get("from").textValue()).isEqualTo(STRANGER);

    rpc.result("anvil_stopImpersonatingAccount", STRANGER);
    assertThat(rpc.call("eth_sendTransaction", Map.of("from", STRANGER, "to", bob, "value", "0x1")).has("error")).isTrue();
    rpc.result("anvil_autoImpersonateAccount", true);
    receipt(rpc.send(STRANGER, bob, BigInteger.ONE));
    assertThat(rpc.number("eth_getTransactionCount", STRANGER, "latest")).isEqualTo(2);
  }

  @Test
  void aSignedCopyOfAnImpersonatedTransactionIsRefusedByEthSendRawTransaction() {
    start();
    rpc.result("anvil_setBalance", STRANGER, "0x" + ETH.toString(16));
    // The raw form of an unsigned (impersonated) transfer: s = 0. Without the dev path it is invalid.
    String raw = org.peerchain.core.tx.TransactionEncoder.encode(org.peerchain.core.tx.Transaction.impersonated(
        org.peerchain.core.tx.UnsignedTransaction.builder(org.peerchain.core.tx.TransactionType.DYNAMIC_FEE)
            .nonce(0).gasLimit(21_000).to(java.util.Optional.of(Address.fromHexString(bob)))
            .value(org.peerchain.core.types.UInt256.ONE).maxPriorityFeePerGas(org.peerchain.core.types.UInt256.valueOf(1_000_000_000L))
            .maxFeePerGas(org.peerchain.core.types.UInt256.valueOf(10_000_000_000L)).build(),
        DevNodes.CHAIN_ID, Address.fromHexString(STRANGER))).toHexString();
    JsonNode answer = rpc.call("eth_sendRawTransaction", raw);
    assertThat(answer.has("error")).isTrue();
  }

  @Test
  void dumpAndLoadRestoreBalancesAndABadDumpChangesNothing() {
    start();
    String dump = rpc.result("anvil_dumpState").textValue();
    BigInteger bobBefore = rpc.balance(bob, "latest");
    rpc.result("anvil_setBalance", bob, "0x1");
    assertThat(rpc.result("anvil_loadState", dump).booleanValue()).isTrue();
    assertThat(rpc.balance(bob, "latest")).isEqualTo(bobBefore);

    long block = rpc.blockNumber();
    JsonNode corrupt = rpc.call("anvil_loadState", dump.substring(0, dump.length() - 20));
    assertThat(corrupt.get("error").get("code").intValue()).isEqualTo(-32602);
    assertThat(corrupt.get("error").get("message").textValue()).startsWith("corrupt state dump");
    String foreign = "0x" + hexOf(("{\"format\":\"peerchain-dev-state\",\"version\":1,\"chainId\":5,"
        + "\"block\":{\"number\":\"0x0\",\"hash\":\"0x" + "00".repeat(32) + "\",\"timestamp\":\"0x0\"},"
        + "\"accounts\":{\"" + bob + "\":{\"nonce\":\"0x0\",\"balance\":\"0x1\"}}}").getBytes());
    JsonNode otherChain = rpc.call("anvil_loadState", foreign);
    assertThat(otherChain.get("error").get("message").textValue()).contains("chain 5");
    assertThat(rpc.blockNumber()).isEqualTo(block);
    assertThat(rpc.balance(bob, "latest")).isEqualTo(bobBefore);
  }

  @Test
  void resetGoesBackToGenesisWithANewInstanceId() throws Exception {
    start();
    String instance = rpc.result("anvil_metadata").get("instanceId").textValue();
    BigInteger bobBefore = rpc.balance(bob, "latest");
    rpc.result("anvil_setBalance", STRANGER, "0x5");
    String beforeReset = rpc.send(alice, bob, ETH);
    receipt(beforeReset);
    rpc.result("evm_snapshot");
    rpc.result("evm_setAutomine", false);

    rpc.result("anvil_reset");
    assertThat(rpc.blockNumber()).isZero();
    assertThat(rpc.balance(bob, "latest")).isEqualTo(bobBefore);
    assertThat(rpc.result("eth_getTransactionReceipt", beforeReset).isNull()).isTrue();
    assertThat(rpc.result("eth_getTransactionByHash", beforeReset).isNull()).isTrue();
    assertThat(rpc.balance(STRANGER, "latest")).isZero();
    assertThat(rpc.result("anvil_getAutomine").booleanValue()).isTrue();
    JsonNode metadata = rpc.result("anvil_metadata");
    assertThat(metadata.get("snapshots").size()).isZero();
    assertThat(metadata.get("instanceId").textValue()).isNotEqualTo(instance);
    JsonNode fork = rpc.call("anvil_reset", Map.of("forking", Map.of("jsonRpcUrl", "http://127.0.0.1:1")));
    assertThat(fork.get("error").get("message").textValue()).contains("forking is not enabled on this node");
    receipt(rpc.send(alice, bob, ETH));
    assertThat(rpc.blockNumber()).isEqualTo(1);
  }

  @Test
  void aRestartKeepsCheatsAndRevertsAndTheStateFileRoundTrips() throws Exception {
    Path stateFile = dataDir.resolveSibling(dataDir.getFileName() + "-state.json");
    start(new DevSettings(true, 0, Optional.empty(), Optional.of(stateFile)));
    rpc.result("anvil_setBalance", STRANGER, "0x2a");
    long id = rpc.number("evm_snapshot");
    receipt(rpc.send(alice, bob, ETH));
    rpc.result("evm_revert", hex(id));
    long head = rpc.blockNumber();
    String headHash = rpc.block("latest").get("hash").textValue();
    stop();

    start(new DevSettings(true, 0, Optional.of(stateFile), Optional.empty()));
    // The state file's accounts come in as one more block; the chain under it is the one kept.
    assertThat(rpc.result("eth_getBlockByNumber", hex(head), false).get("hash").textValue()).isEqualTo(headHash);
    assertThat(rpc.balance(STRANGER, "latest")).isEqualTo(BigInteger.valueOf(42));
    assertThat(rpc.balance(STRANGER, hex(head))).isEqualTo(BigInteger.valueOf(42));
    receipt(rpc.send(alice, bob, ETH));
  }

  @Test
  void intervalMiningMakesBlocksWithoutTransactions() throws Exception {
    start(new DevSettings(false, 0, Optional.empty(), Optional.empty()));
    rpc.result("evm_setIntervalMining", 50);
    long start = rpc.blockNumber();
    for (int i = 0; i < 500 && rpc.blockNumber() < start + 2; i++) {
      Thread.sleep(10);
    }
    assertThat(rpc.blockNumber()).isGreaterThanOrEqualTo(start + 2);
    rpc.result("evm_setIntervalMining", 0);
    assertThat(rpc.result("anvil_getAutomine").booleanValue()).isFalse();
  }

  @Test
  void aNodeWithoutDevModeAnswersMethodNotFound() {
    node = PeerchainNode.start(DevNodes.config(dataDir, genesis));
    rpc = new DevRpcClient(node.rpcPort());
    for (String method : List.of("evm_snapshot", "evm_revert", "evm_mine", "anvil_mine", "anvil_setBalance",
        "hardhat_setBalance", "anvil_impersonateAccount", "anvil_dumpState", "anvil_reset", "anvil_metadata",
        "hardhat_metadata", "anvil_nodeInfo", "evm_setAutomine", "anvil_getAutomine", "evm_increaseTime")) {
      assertThat(rpc.call(method).get("error").get("code").intValue()).as(method).isEqualTo(-32601);
    }
  }

  private static String hexOf(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(String.format("%02x", b));
    }
    return s.toString();
  }
}
