package org.peerchain.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.fixture.TestServer;

class SmokeTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.standard();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void answersBlockNumber() {
    var r = server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x3\"}");
  }
}
