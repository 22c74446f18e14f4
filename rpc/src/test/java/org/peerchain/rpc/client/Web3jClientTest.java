package org.peerchain.rpc.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.disposables.Disposable;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.tx.Transaction;
import org.peerchain.rpc.api.NewHead;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.FixtureTransactions;
import org.peerchain.rpc.fixture.TestServer;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.protocol.websocket.WebSocketService;
import org.web3j.protocol.websocket.events.NewHeadsNotification;
import org.web3j.utils.Numeric;

/** web3j as a real wallet library against the server: it must parse every answer it gets. */
class Web3jClientTest {
  static TestServer server;
  static Web3j web3;

  @BeforeAll
  static void start() {
    server = TestServer.standard();
    web3 = Web3j.build(new HttpService(server.httpUrl()));
  }

  @AfterAll
  static void stop() {
    web3.shutdown();
    server.close();
  }

  @Test
  void chainIdAndBlockNumber() throws Exception {
    assertThat(web3.ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(1337));
    assertThat(web3.ethBlockNumber().send().getBlockNumber()).isEqualTo(BigInteger.valueOf(3));
    assertThat(web3.netVersion().send().getNetVersion()).isEqualTo("1337");
  }

  @Test
  void balances() throws Exception {
    String fresh = FixtureChain.dev(3).address().toHexString();
    assertThat(web3.ethGetBalance(fresh, DefaultBlockParameterName.LATEST).send().getBalance())
        .isEqualTo(BigInteger.TEN.pow(18));
    assertThat(web3.ethGetBalance(fresh, DefaultBlockParameter.valueOf(BigInteger.ZERO)).send().getBalance())
        .isZero();
    assertThat(web3.ethGetTransactionCount(FixtureChain.dev(0).address().toHexString(), DefaultBlockParameterName.LATEST)
        .send().getTransactionCount()).isEqualTo(BigInteger.TWO);
  }

  @Test
  void fullBlock() throws Exception {
    EthBlock.Block block = web3.ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.TWO), true).send().getBlock();
    BlockHeader stored = server.fixture().chain().headerByNumber(2).orElseThrow();
    assertThat(block.getHash()).isEqualTo(stored.hash().toHexString());
    assertThat(block.getParentHash()).isEqualTo(stored.parentHash().toHexString());
    assertThat(block.getBaseFeePerGas()).isEqualTo(stored.baseFeePerGas().toBigInteger());
    assertThat(block.getGasUsed()).isEqualTo(BigInteger.valueOf(stored.gasUsed()));
    assertThat(block.getTransactions()).hasSize(2);
    EthBlock.TransactionObject first = (EthBlock.TransactionObject) block.getTransactions().get(0).get();
    Transaction expected = FixtureTransactions.block2AccessList();
    assertThat(first.getHash()).isEqualTo(expected.hash().toHexString());
    assertThat(first.getFrom()).isEqualTo(FixtureChain.dev(2).address().toHexString());
    assertThat(first.getAccessList()).hasSize(1);
    assertThat(first.getType()).isEqualTo("0x1");
    assertThat(block.getUncles()).isEmpty();
  }

  @Test
  void receipt() throws Exception {
    Transaction tx = FixtureTransactions.block2DynamicWithData();
    TransactionReceipt receipt = web3.ethGetTransactionReceipt(tx.hash().toHexString()).send().getTransactionReceipt()
        .orElseThrow();
    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getBlockNumber()).isEqualTo(BigInteger.TWO);
    assertThat(receipt.getTransactionIndex()).isEqualTo(BigInteger.ONE);
    assertThat(receipt.getGasUsed()).isEqualTo(BigInteger.valueOf(21_000 + 4 + 16));
    assertThat(receipt.getCumulativeGasUsed()).isGreaterThan(receipt.getGasUsed());
    assertThat(receipt.getFrom()).isEqualTo(FixtureChain.dev(0).address().toHexString());
    assertThat(receipt.getContractAddress()).isNull();
    assertThat(receipt.getLogs()).isEmpty();
  }

  @Test
  void sendRawTransactionSignedByWeb3j() throws Exception {
    Credentials credentials = Credentials.create(FixtureChain.dev(2).privateKey().bytes().toHexString());
    RawTransaction raw = RawTransaction.createEtherTransaction(1337, BigInteger.ONE, BigInteger.valueOf(21_000),
        FixtureChain.dev(6).address().toHexString(), BigInteger.valueOf(424242),
        BigInteger.valueOf(1_000_000_000L), BigInteger.valueOf(5_000_000_000L));
    String signed = Numeric.toHexString(TransactionEncoder.signMessage(raw, credentials));
    EthSendTransaction sent = web3.ethSendRawTransaction(signed).send();
    assertThat(sent.hasError()).as(() -> sent.getError().getMessage()).isFalse();
    assertThat(sent.getTransactionHash()).isEqualTo(Hash.sha3(signed));
    Transaction pooled = server.node().pending().values().iterator().next();
    assertThat(pooled.sender()).hasValue(FixtureChain.dev(2).address());
    assertThat(pooled.value().toBigInteger()).isEqualTo(BigInteger.valueOf(424242));
    // The pool now holds it: it shows as pending, with no block yet.
    var pending = web3.ethGetTransactionByHash(sent.getTransactionHash()).send().getTransaction().orElseThrow();
    assertThat(pending.getBlockHash()).isNull();
    assertThat(pending.getFrom()).isEqualTo(credentials.getAddress());
    server.node().reset();
  }

  @Test
  void poolRejectionReachesTheWalletVerbatim() throws Exception {
    server.node().rejectWith("nonce too low: address 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC, tx: 0 state: 1");
    try {
      String raw = org.peerchain.core.tx.TransactionEncoder.encode(FixtureTransactions.pendingTransfer()).toHexString();
      EthSendTransaction sent = web3.ethSendRawTransaction(raw).send();
      assertThat(sent.getError().getCode()).isEqualTo(-32000);
      assertThat(sent.getError().getMessage()).startsWith("nonce too low");
    } finally {
      server.node().reset();
    }
  }

  @Test
  void newHeadsOverWebSocket() throws Exception {
    WebSocketService ws = new WebSocketService(server.wsUrl(), false);
    ws.connect();
    Web3j wsWeb3 = Web3j.build(ws);
    List<NewHeadsNotification> received = new CopyOnWriteArrayList<>();
    Disposable subscription = wsWeb3.newHeadsNotifications().subscribe(received::add);
    try {
      Block4 next = Block4.make(server);
      // The subscription is set up asynchronously; publish until it arrives, for at most 10 s.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (received.isEmpty() && System.nanoTime() < deadline) {
        server.events().publishHead(NewHead.of(next.header));
        Thread.sleep(50);
      }
      assertThat(received).isNotEmpty();
      var head = received.get(0).getParams().getResult();
      assertThat(head.getHash()).isEqualTo(next.header.hash().toHexString());
      assertThat(head.getNumber()).isEqualTo("0x4");
      assertThat(head.getParentHash()).isEqualTo(next.header.parentHash().toHexString());
    } finally {
      subscription.dispose();
      wsWeb3.shutdown();
    }
  }

  /** A header for block 4, built on the fixture's head (not stored: subscribers only see the event). */
  record Block4(BlockHeader header) {
    static Block4 make(TestServer server) {
      BlockHeader head = server.fixture().head();
      return new Block4(head.toBuilder().parentHash(head.hash()).number(head.number() + 1)
          .timestamp(head.timestamp() + 1).build());
    }
  }
}
