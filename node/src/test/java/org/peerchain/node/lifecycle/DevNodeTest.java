package org.peerchain.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.dev.DevChain;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.EthGetTransactionReceipt;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/** A dev node in this JVM, used through web3j as a wallet would. */
class DevNodeTest {
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final BigInteger ETH = BigInteger.TEN.pow(18);

  @TempDir Path dataDir;
  private PeerchainNode node;
  private Web3j web3;
  private HttpService http;

  private final Genesis genesis = DevNodes.genesis();
  private final Credentials alice = credentials(0);
  private final Credentials bob = credentials(1);

  private static Credentials credentials(int index) {
    return Credentials.create(DevChain.accounts(index + 1).get(index).privateKey().bytes().toHexString());
  }

  private void start() {
    node = PeerchainNode.start(DevNodes.config(dataDir, genesis));
    http = new HttpService("http://127.0.0.1:" + node.rpcPort());
    web3 = Web3j.build(http);
  }

  @AfterEach
  void stop() {
    if (web3 != null) {
      web3.shutdown();
      web3 = null;
    }
    if (node != null) {
      node.close();
      node = null;
    }
  }

  @Test
  void eip1559AndLegacyTransfersSettleWithExactBalances() throws Exception {
    start();
    assertThat(web3.ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(DevNodes.CHAIN_ID));
    BigInteger aliceBefore = balance(alice);
    BigInteger bobBefore = balance(bob);
    long blockBefore = web3.ethBlockNumber().send().getBlockNumber().longValueExact();

    RawTransaction dynamicFee = RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID, BigInteger.ZERO,
        BigInteger.valueOf(21_000), bob.getAddress(), ETH, GWEI, GWEI.multiply(BigInteger.valueOf(50)));
    TransactionReceipt first = send(TransactionEncoder.signMessage(dynamicFee, DevNodes.CHAIN_ID, alice));
    assertThat(first.isStatusOK()).isTrue();
    assertThat(first.getGasUsed()).isEqualTo(BigInteger.valueOf(21_000));
    BigInteger firstFee = first.getGasUsed().multiply(Numeric.decodeQuantity(first.getEffectiveGasPrice()));

    RawTransaction legacy = RawTransaction.createEtherTransaction(BigInteger.ONE, GWEI.multiply(BigInteger.valueOf(20)),
        BigInteger.valueOf(21_000), bob.getAddress(), ETH.multiply(BigInteger.TWO));
    TransactionReceipt second = send(TransactionEncoder.signMessage(legacy, DevNodes.CHAIN_ID, alice));
    assertThat(second.isStatusOK()).isTrue();
    assertThat(Numeric.decodeQuantity(second.getEffectiveGasPrice())).isEqualTo(GWEI.multiply(BigInteger.valueOf(20)));
    BigInteger secondFee = second.getGasUsed().multiply(GWEI.multiply(BigInteger.valueOf(20)));

    assertThat(balance(alice)).isEqualTo(aliceBefore.subtract(ETH.multiply(BigInteger.valueOf(3))).subtract(firstFee)
        .subtract(secondFee));
    assertThat(balance(bob)).isEqualTo(bobBefore.add(ETH.multiply(BigInteger.valueOf(3))));
    // The state before the transfers stays readable at its block.
    assertThat(web3.ethGetBalance(alice.getAddress(), DefaultBlockParameter.valueOf(BigInteger.valueOf(blockBefore)))
        .send().getBalance()).isEqualTo(aliceBefore);
    assertThat(web3.ethGetTransactionCount(alice.getAddress(), DefaultBlockParameterName.LATEST).send()
        .getTransactionCount()).isEqualTo(BigInteger.TWO);
  }

  @Test
  void reusedNonceIsRefusedWithGethsWords() throws Exception {
    start();
    byte[] signed = TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID,
        BigInteger.ZERO, BigInteger.valueOf(21_000), bob.getAddress(), BigInteger.ONE, GWEI, GWEI.multiply(BigInteger.TEN)),
        DevNodes.CHAIN_ID, alice);
    send(signed);
    byte[] again = TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID,
        BigInteger.ZERO, BigInteger.valueOf(21_000), bob.getAddress(), BigInteger.TWO, GWEI, GWEI.multiply(BigInteger.TEN)),
        DevNodes.CHAIN_ID, alice);
    EthSendTransaction refused = web3.ethSendRawTransaction(Numeric.toHexString(again)).send();
    assertThat(refused.hasError()).isTrue();
    assertThat(refused.getError().getMessage()).startsWith("nonce too low");
  }

  @Test
  void restartKeepsHeadBalancesAndReceipts() throws Exception {
    start();
    TransactionReceipt receipt = send(TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(
        DevNodes.CHAIN_ID, BigInteger.ZERO, BigInteger.valueOf(21_000), bob.getAddress(), ETH, GWEI,
        GWEI.multiply(BigInteger.TEN)), DevNodes.CHAIN_ID, alice));
    BigInteger head = web3.ethBlockNumber().send().getBlockNumber();
    BigInteger aliceBalance = balance(alice);
    stop();

    start();
    assertThat(web3.ethBlockNumber().send().getBlockNumber()).isEqualTo(head);
    assertThat(balance(alice)).isEqualTo(aliceBalance);
    Optional<TransactionReceipt> again = web3.ethGetTransactionReceipt(receipt.getTransactionHash()).send()
        .getTransactionReceipt();
    assertThat(again).isPresent();
    assertThat(again.get().getBlockHash()).isEqualTo(receipt.getBlockHash());
    // The pool's nonce rule holds across the restart: nonce 0 is spent.
    EthSendTransaction stale = web3.ethSendRawTransaction(Numeric.toHexString(TransactionEncoder.signMessage(
        RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID, BigInteger.ZERO, BigInteger.valueOf(21_000),
            bob.getAddress(), BigInteger.ONE, GWEI, GWEI.multiply(BigInteger.TEN)), DevNodes.CHAIN_ID, alice))).send();
    assertThat(stale.getError().getMessage()).startsWith("nonce too low");
    // And the chain goes on from the stored head.
    TransactionReceipt next = send(TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(
        DevNodes.CHAIN_ID, BigInteger.ONE, BigInteger.valueOf(21_000), bob.getAddress(), ETH, GWEI,
        GWEI.multiply(BigInteger.TEN)), DevNodes.CHAIN_ID, alice));
    assertThat(next.getBlockNumber()).isGreaterThan(head);
  }

  @Test
  void sendRawTransactionSyncAnswersTheFinalReceiptInOneCall() throws Exception {
    start();
    byte[] signed = TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID,
        BigInteger.ZERO, BigInteger.valueOf(21_000), bob.getAddress(), ETH, GWEI, GWEI.multiply(BigInteger.TEN)),
        DevNodes.CHAIN_ID, alice);
    BigInteger bobBefore = balance(bob);

    EthGetTransactionReceipt answer = new Request<>("eth_sendRawTransactionSync",
        List.of(Numeric.toHexString(signed), 10_000), http, EthGetTransactionReceipt.class).send();

    assertThat(answer.hasError()).as(() -> "sync send failed: " + answer.getError().getMessage()).isFalse();
    TransactionReceipt receipt = answer.getTransactionReceipt().orElseThrow();
    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getTransactionHash()).isEqualTo(Hash.sha3(Numeric.toHexString(signed)));
    // Final on return: the block is the head or below it, and the transfer is in the state.
    assertThat(receipt.getBlockNumber()).isLessThanOrEqualTo(web3.ethBlockNumber().send().getBlockNumber());
    assertThat(balance(bob)).isEqualTo(bobBefore.add(ETH));
  }

  @Test
  void otterscanListsAnAddresssTransfersNewestFirstAcrossARestart() throws Exception {
    start();
    TransactionReceipt first = send(TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(
        DevNodes.CHAIN_ID, BigInteger.ZERO, BigInteger.valueOf(21_000), bob.getAddress(), ETH, GWEI,
        GWEI.multiply(BigInteger.TEN)), DevNodes.CHAIN_ID, alice));
    TransactionReceipt second = send(TransactionEncoder.signMessage(RawTransaction.createEtherTransaction(
        DevNodes.CHAIN_ID, BigInteger.ONE, BigInteger.valueOf(21_000), bob.getAddress(), ETH, GWEI,
        GWEI.multiply(BigInteger.TEN)), DevNodes.CHAIN_ID, alice));
    stop();

    start();
    JsonNode page = rpc("ots_searchTransactionsBefore", List.of(bob.getAddress(), 0, 25));
    assertThat(page.get("txs").findValuesAsText("hash"))
        .containsExactly(second.getTransactionHash(), first.getTransactionHash());
    assertThat(page.get("receipts").findValuesAsText("timestamp")).hasSize(2);
    assertThat(page.get("firstPage").booleanValue()).isTrue();
    assertThat(page.get("lastPage").booleanValue()).isTrue();
    assertThat(rpc("ots_getTransactionBySenderAndNonce", List.of(alice.getAddress(), 1)).textValue())
        .isEqualTo(second.getTransactionHash());
    assertThat(rpc("ots_getApiLevel", List.of()).intValue()).isEqualTo(8);
  }

  private JsonNode rpc(String method, List<Object> params) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String body = mapper.writeValueAsString(java.util.Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.rpcPort() + "/"))
            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = mapper.readTree(response.body());
    assertThat(json.has("result")).as("%s answered %s", method, json).isTrue();
    return json.get("result");
  }

  private BigInteger balance(Credentials who) throws Exception {
    return web3.ethGetBalance(who.getAddress(), DefaultBlockParameterName.LATEST).send().getBalance();
  }

  private TransactionReceipt send(byte[] signed) throws Exception {
    EthSendTransaction sent = web3.ethSendRawTransaction(Numeric.toHexString(signed)).send();
    assertThat(sent.hasError()).as(() -> "send failed: " + sent.getError().getMessage()).isFalse();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<TransactionReceipt> receipt = web3.ethGetTransactionReceipt(sent.getTransactionHash()).send()
          .getTransactionReceipt();
      if (receipt.isPresent()) {
        return receipt.get();
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no receipt for " + sent.getTransactionHash() + " within 20 s");
  }
}
