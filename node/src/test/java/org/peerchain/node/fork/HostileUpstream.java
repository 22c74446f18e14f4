package org.peerchain.node.fork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.types.UInt256;

/**
 * A JSON-RPC proxy on loopback in front of an honest node, which tampers with the answers a fork
 * relies on, one way per {@link Mode}.
 */
final class HostileUpstream implements AutoCloseable {
  enum Mode {
    /** Passes everything through. */
    HONEST,
    /** eth_getProof claims a larger balance than its proof shows. */
    INFLATED_BALANCE_CLAIM,
    /** eth_getProof answers with the proof (and values) at genesis instead of the asked block: another root. */
    PROOF_OF_ANOTHER_ROOT,
    /** peerchain_getCommitCertificate keeps only the first signature: less than a quorum. */
    INSUFFICIENT_CERTIFICATE,
    /** peerchain_getCommitCertificate answers a certificate signed by keys that are not validators. */
    FORGED_CERTIFICATE
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI target;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<KeyPair> forgers;
  private final SigningDomain domain;
  private volatile Mode mode = Mode.HONEST;

  HostileUpstream(URI target, List<KeyPair> forgers, SigningDomain domain) throws IOException {
    this.target = target;
    this.forgers = forgers;
    this.domain = domain;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void mode(Mode mode) {
    this.mode = mode;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      ObjectNode request = (ObjectNode) MAPPER.readTree(exchange.getRequestBody().readAllBytes());
      String method = request.path("method").asText();
      if (mode == Mode.PROOF_OF_ANOTHER_ROOT && method.equals("eth_getProof")) {
        ((ArrayNode) request.get("params")).set(2, MAPPER.getNodeFactory().textNode("0x0"));
      }
      ObjectNode answer = (ObjectNode) MAPPER.readTree(forward(request));
      JsonNode result = answer.get("result");
      if (mode == Mode.INFLATED_BALANCE_CLAIM && method.equals("eth_getProof")) {
        ((ObjectNode) result).put("balance", "0x" + UInt256.valueOf(10).toBigInteger().pow(25).toString(16));
      }
      if ((mode == Mode.INSUFFICIENT_CERTIFICATE || mode == Mode.FORGED_CERTIFICATE)
          && method.equals("peerchain_getCommitCertificate") && result != null && result.hasNonNull("certificate")) {
        CommitCertificate real = CommitCertificateCodec.decode(Bytes.fromHexString(result.get("certificate").asText()));
        CommitCertificate fake = mode == Mode.INSUFFICIENT_CERTIFICATE
            ? new CommitCertificate(real.height(), real.round(), real.blockHash(), real.signatures().subList(0, 1))
            : forged(real);
        ((ObjectNode) result).put("certificate", CommitCertificateCodec.encode(fake).toHexString());
      }
      byte[] bytes = MAPPER.writeValueAsBytes(answer);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.sendResponseHeaders(502, -1);
    }
  }

  private CommitCertificate forged(CommitCertificate real) {
    var signed = SigningBytes.precommit(domain, real.height(), real.round(), real.blockHash());
    List<CommitSignature> signatures = forgers.stream()
        .map(k -> new CommitSignature(k.address(), Secp256k1.get().sign(signed, k.privateKey()))).toList();
    return new CommitCertificate(real.height(), real.round(), real.blockHash(), signatures);
  }

  private byte[] forward(ObjectNode request) throws IOException, InterruptedException {
    HttpRequest forward = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(request))).build();
    return http.send(forward, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
