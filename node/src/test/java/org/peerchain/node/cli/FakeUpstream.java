package org.peerchain.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.types.Address;

/** A loopback JSON-RPC upstream with two validators and a genesis block, and no other block. */
final class FakeUpstream implements AutoCloseable {
  static final Address V1 = Address.fromHexString("0x" + "11".repeat(20));
  static final Address V2 = Address.fromHexString("0x" + "22".repeat(20));
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpServer server;
  private final BlockHeader genesis;

  FakeUpstream(BlockHeader genesis) throws IOException {
    this.genesis = genesis;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    JsonNode request = MAPPER.readTree(exchange.getRequestBody().readNBytes(1 << 16));
    ObjectNode answer = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", request.path("id").asLong());
    switch (request.path("method").asText()) {
      case "peerchain_validators" -> {
        var list = answer.putArray("result");
        list.addObject().put("address", V1.toHexString()).put("votingPower", "0x1");
        list.addObject().put("address", V2.toHexString()).put("votingPower", "0x1");
      }
      case "eth_chainId" -> answer.put("result", "0x10f7");
      case "peerchain_getCommitCertificate" -> {
        if (request.path("params").path(0).asText().equals("0x0")) {
          answer.putObject("result").put("header", BlockHeaderCodec.encode(genesis).toHexString());
        } else {
          answer.putNull("result");
        }
      }
      default -> answer.putObject("error").put("code", -32601).put("message", "no such method");
    }
    byte[] body = MAPPER.writeValueAsBytes(answer);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
