package org.peerchain.rpc.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.tx.Transaction;
import org.peerchain.rpc.api.NewHead;
import org.peerchain.rpc.fixture.FixtureTransactions;
import org.peerchain.rpc.fixture.TestServer;
import org.peerchain.rpc.server.RpcConfig;

class WebSocketTest {
  static final int MAX_SUBSCRIPTIONS = 3;
  static final int MAX_CONNECTIONS = 4;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(RpcConfig.builder().maxSubscriptions(MAX_SUBSCRIPTIONS).maxWsConnections(MAX_CONNECTIONS));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void callsAndBatchesWorkOverWebSocket() throws Exception {
    try (WsClient ws = new WsClient(server.wsUrl())) {
      assertThat(ws.call("eth_blockNumber", "[]").get("result").textValue()).isEqualTo("0x3");
      ws.send("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"net_version\"}]");
      JsonNode batch = ws.next(5);
      assertThat(batch.size()).isEqualTo(2);
      ws.send("{not json");
      assertThat(ws.next(5).get("error").get("code").intValue()).isEqualTo(-32700);
    }
  }

  @Test
  void newHeadsUntilUnsubscribed() throws Exception {
    try (WsClient ws = new WsClient(server.wsUrl())) {
      String id = ws.call("eth_subscribe", "[\"newHeads\"]").get("result").textValue();
      assertThat(id).matches("0x[0-9a-f]{32}");
      BlockHeader head = server.fixture().head();
      server.events().publishHead(NewHead.of(head));
      JsonNode note = ws.next(5);
      assertThat(note.get("method").textValue()).isEqualTo("eth_subscription");
      assertThat(note.get("params").get("subscription").textValue()).isEqualTo(id);
      JsonNode result = note.get("params").get("result");
      assertThat(result.get("hash").textValue()).isEqualTo(head.hash().toHexString());
      assertThat(result.get("number").textValue()).isEqualTo("0x3");
      assertThat(result.get("baseFeePerGas").textValue()).isEqualTo(head.baseFeePerGas().toQuantity());
      assertThat(ws.call("eth_unsubscribe", "[\"" + id + "\"]").get("result").booleanValue()).isTrue();
      assertThat(ws.call("eth_unsubscribe", "[\"" + id + "\"]").get("result").booleanValue()).isFalse();
      server.events().publishHead(NewHead.of(head));
      assertThat(ws.call("eth_chainId", "[]").get("result").textValue())
          .as("no notification arrives before the next reply").isEqualTo("0x539");
    }
  }

  @Test
  void pendingTransactionsAsHashesOrWhole() throws Exception {
    Transaction tx = FixtureTransactions.pendingTransfer();
    server.node().submit(tx);
    try (WsClient ws = new WsClient(server.wsUrl())) {
      String hashes = ws.call("eth_subscribe", "[\"newPendingTransactions\"]").get("result").textValue();
      server.events().publishPendingTransaction(tx.hash());
      JsonNode note = ws.next(5);
      assertThat(note.get("params").get("subscription").textValue()).isEqualTo(hashes);
      assertThat(note.get("params").get("result").textValue()).isEqualTo(tx.hash().toHexString());
      ws.call("eth_unsubscribe", "[\"" + hashes + "\"]");
      String full = ws.call("eth_subscribe", "[\"newPendingTransactions\", true]").get("result").textValue();
      server.events().publishPendingTransaction(tx.hash());
      JsonNode whole = ws.next(5).get("params");
      assertThat(whole.get("subscription").textValue()).isEqualTo(full);
      assertThat(whole.get("result").get("hash").textValue()).isEqualTo(tx.hash().toHexString());
      assertThat(whole.get("result").get("blockHash").isNull()).isTrue();
    } finally {
      server.node().reset();
    }
  }

  @Test
  void logsSubscriptionIsAcceptedAndSilent() throws Exception {
    try (WsClient ws = new WsClient(server.wsUrl())) {
      JsonNode r = ws.call("eth_subscribe", "[\"logs\", {\"address\": \"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\"}]");
      assertThat(r.get("result").textValue()).startsWith("0x");
      server.events().publishHead(NewHead.of(server.fixture().head()));
      assertThat(ws.call("eth_chainId", "[]").get("result").textValue()).isEqualTo("0x539");
      JsonNode bad = ws.call("eth_subscribe", "[\"logs\", {\"address\": \"0x12\"}]");
      assertThat(bad.get("error").get("code").intValue()).isEqualTo(-32602);
      JsonNode unknown = ws.call("eth_subscribe", "[\"syncing2\"]");
      assertThat(unknown.get("error").get("message").textValue()).isEqualTo("no \"syncing2\" subscription in eth namespace");
    }
  }

  @Test
  void subscriptionsPerConnectionAreBounded() throws Exception {
    try (WsClient ws = new WsClient(server.wsUrl())) {
      for (int i = 0; i < MAX_SUBSCRIPTIONS; i++) {
        assertThat(ws.call("eth_subscribe", "[\"newHeads\"]").has("result")).isTrue();
      }
      JsonNode refused = ws.call("eth_subscribe", "[\"newHeads\"]");
      assertThat(refused.get("error").get("message").textValue()).contains("too many subscriptions");
      server.events().publishHead(NewHead.of(server.fixture().head()));
      for (int i = 0; i < MAX_SUBSCRIPTIONS; i++) {
        assertThat(ws.next(5).get("method").textValue()).isEqualTo("eth_subscription");
      }
    }
  }

  @Test
  void connectionsAreBounded() throws Exception {
    List<WsClient> open = new ArrayList<>();
    // Its own server, so that connections other tests are still closing do not count.
    try (TestServer server = new TestServer(RpcConfig.builder().maxWsConnections(MAX_CONNECTIONS))) {
      for (int i = 0; i < MAX_CONNECTIONS; i++) {
        WsClient c = new WsClient(server.wsUrl());
        assertThat(c.call("eth_chainId", "[]").get("result").textValue()).isEqualTo("0x539");
        open.add(c);
      }
      WsClient extra = new WsClient(server.wsUrl());
      open.add(extra);
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (extra.closeCode < 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(extra.closeCode).isEqualTo(1013);
    } finally {
      open.forEach(WsClient::close);
    }
  }
}
