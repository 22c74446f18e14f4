package org.peerchain.rpc.filters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.api.NewHead;
import org.peerchain.rpc.fixture.FixtureTransactions;
import org.peerchain.rpc.fixture.TestServer;
import org.peerchain.rpc.server.RpcConfig;

/** The filter methods over HTTP, fed by chain events. */
class FilterMethodsTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(RpcConfig.builder().maxFilters(3));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void blockFilterLifecycle() throws IOException {
    String id = call("eth_newBlockFilter", "[]").get("result").textValue();
    assertThat(call("eth_getFilterChanges", "[\"" + id + "\"]").get("result")).isEmpty();
    NewHead head = NewHead.of(server.fixture().head());
    server.events().publishHead(head);
    JsonNode changes = call("eth_getFilterChanges", "[\"" + id + "\"]").get("result");
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).textValue()).isEqualTo(head.hash().toHexString());
    assertThat(call("eth_getFilterLogs", "[\"" + id + "\"]").get("error").get("message").textValue())
        .isEqualTo("filter not found");
    assertThat(call("eth_uninstallFilter", "[\"" + id + "\"]").get("result").booleanValue()).isTrue();
    assertThat(call("eth_getFilterChanges", "[\"" + id + "\"]").get("error").get("message").textValue())
        .isEqualTo("filter not found");
  }

  @Test
  void pendingAndLogFilters() throws IOException {
    String pending = call("eth_newPendingTransactionFilter", "[]").get("result").textValue();
    String logs = call("eth_newFilter", "[{\"fromBlock\":\"0x1\"}]").get("result").textValue();
    var tx = FixtureTransactions.pendingTransfer();
    server.events().publishPendingTransaction(tx.hash());
    assertThat(call("eth_getFilterChanges", "[\"" + pending + "\"]").get("result").get(0).textValue())
        .isEqualTo(tx.hash().toHexString());
    assertThat(call("eth_getFilterChanges", "[\"" + logs + "\"]").get("result")).isEmpty();
    assertThat(call("eth_getFilterLogs", "[\"" + logs + "\"]").get("result")).isEmpty();
    call("eth_uninstallFilter", "[\"" + pending + "\"]");
    call("eth_uninstallFilter", "[\"" + logs + "\"]");
  }

  @Test
  void filterCountIsBounded() throws IOException {
    String[] ids = new String[3];
    for (int i = 0; i < 3; i++) {
      ids[i] = call("eth_newBlockFilter", "[]").get("result").textValue();
    }
    JsonNode refused = call("eth_newBlockFilter", "[]");
    assertThat(refused.get("error").get("message").textValue()).isEqualTo("too many filters installed");
    for (String id : ids) {
      call("eth_uninstallFilter", "[\"" + id + "\"]");
    }
    assertThat(call("eth_newBlockFilter", "[]").has("result")).isTrue();
  }

  private static JsonNode call(String method, String params) throws IOException {
    return MAPPER.readTree(server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}").body());
  }
}
