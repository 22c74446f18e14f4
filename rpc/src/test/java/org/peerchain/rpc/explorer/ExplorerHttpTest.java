package org.peerchain.rpc.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.FixtureTransactions;
import org.peerchain.rpc.fixture.TestServer;
import org.peerchain.rpc.server.RpcConfig;

/** The explorer's pages over plain HTTP: status codes, content, escaping, guards. No browser. */
class ExplorerHttpTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.standard();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) {
    return server.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void assertHtmlPage(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
        assertThat(v).contains("script-src 'self'"));
    assertThat(r.body()).startsWith("<!DOCTYPE html>").endsWith("</html>")
        .doesNotContain("Exception").doesNotContain("at org.peerchain");
    assertBalanced(r.body());
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
  private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "img");

  /** Every element that is opened is closed, in order: a rendering slip shows up as a broken page. */
  private static void assertBalanced(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html.substring(html.indexOf("<html")));
    while (m.find()) {
      String name = m.group(2).toLowerCase(Locale.ROOT);
      if (VOID.contains(name) || !m.group(3).isEmpty()) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else {
        assertThat(open.peek()).as("closing </%s> at %d", name, m.start()).isEqualTo(name);
        open.pop();
      }
    }
    assertThat(open).as("elements left open").isEmpty();
  }

  @Test
  void homeShowsTheHeadValidatorsAndNodeState() {
    HttpResponse<String> r = get("/explorer/");
    assertHtmlPage(r, 200);
    assertThat(r.body()).contains("id=\"head-number\" href=\"/explorer/block/3\">3</a>")
        .contains(FixtureChain.VALIDATOR.address().toChecksumString())
        .contains("<svg class=\"chart\"").contains("in sync")
        .contains("/explorer/assets/explorer.js").contains("data-live=\"on\"");
    assertThat(get("/explorer").statusCode()).isEqualTo(200);
  }

  @Test
  void blockPageByNumberAndByHash() {
    Block block1 = server.fixture().access().block(1).orElseThrow();
    HttpResponse<String> byNumber = get("/explorer/block/1");
    assertHtmlPage(byNumber, 200);
    assertThat(byNumber.body()).contains("Block 1").contains(block1.hash().toHexString())
        .contains(FixtureTransactions.block1Dynamic().hash().toHexString())
        .contains("Final in round 0");
    HttpResponse<String> byHash = get("/explorer/block/" + block1.hash().toHexString());
    assertHtmlPage(byHash, 200);
    assertThat(byHash.body()).contains("Block 1");
    assertHtmlPage(get("/explorer/block/0"), 200);
    assertHtmlPage(get("/explorer/block/latest"), 200);
  }

  @Test
  void committedTransactionShowsValueSenderFeeAndFinality() {
    Transaction tx = FixtureTransactions.block1Dynamic();
    HttpResponse<String> r = get("/explorer/tx/" + tx.hash().toHexString());
    assertHtmlPage(r, 200);
    assertThat(r.body()).contains("<span id=\"tx-value\">1 ETH</span>")
        .contains(FixtureChain.dev(0).address().toChecksumString())
        .contains(FixtureChain.dev(3).address().toChecksumString())
        .contains("success").contains("final").contains("/explorer/block/1");
  }

  @Test
  void pooledTransactionIsShownAsPending() {
    Transaction tx = FixtureTransactions.pendingTransfer();
    server.node().pending().put(tx.hash(), tx);
    try {
      HttpResponse<String> r = get("/explorer/tx/" + tx.hash().toHexString());
      assertHtmlPage(r, 200);
      assertThat(r.body()).contains("pending").contains("777 wei");
    } finally {
      server.node().pending().remove(tx.hash());
    }
  }

  @Test
  void addressPageShowsBalanceAndNonce() {
    Address dev3 = FixtureChain.dev(3).address();
    HttpResponse<String> r = get("/explorer/address/" + dev3.toHexString());
    assertHtmlPage(r, 200);
    assertThat(r.body()).contains(dev3.toChecksumString()).contains("<span id=\"address-balance\">1 ETH</span>");
  }

  @Test
  void addressPageListsItsTransfersBothWays() {
    Address dev0 = FixtureChain.dev(0).address();
    HttpResponse<String> r = get("/explorer/address/" + dev0.toHexString());
    assertHtmlPage(r, 200);
    // dev0 sent in blocks 1 and 2 and received in block 1.
    assertThat(r.body()).contains(FixtureTransactions.block1Dynamic().hash().toHexString().substring(0, 8))
        .contains(FixtureTransactions.block1Legacy().hash().toHexString().substring(0, 8))
        .contains(FixtureTransactions.block2DynamicWithData().hash().toHexString().substring(0, 8))
        .contains("dir out").contains("dir in").contains("0.5 ETH");
    HttpResponse<String> older = get("/explorer/address/" + dev0.toHexString() + "?before=2");
    assertHtmlPage(older, 200);
    assertThat(older.body()).doesNotContain(FixtureTransactions.block2DynamicWithData().hash().toHexString().substring(0, 8))
        .contains(FixtureTransactions.block1Dynamic().hash().toHexString().substring(0, 8));
    assertHtmlPage(get("/explorer/address/" + dev0.toHexString() + "?before=2&after=1"), 400);
    assertHtmlPage(get("/explorer/address/" + dev0.toHexString() + "?after=x"), 400);
  }

  @Test
  void unknownThingsAreNotFoundPages() {
    String unknown = "0x" + "ab".repeat(32);
    assertHtmlPage(get("/explorer/tx/" + unknown), 404);
    assertHtmlPage(get("/explorer/block/" + unknown), 404);
    HttpResponse<String> future = get("/explorer/block/99");
    assertHtmlPage(future, 404);
    assertThat(future.body()).contains("There is no block 99 yet: the head is block 3.");
    assertHtmlPage(get("/explorer/block/1?page=5"), 404);
    assertHtmlPage(get("/explorer/nothing/here/at/all"), 404);
    assertHtmlPage(get("/explorer/assets/..%2F..%2Fetc%2Fpasswd"), 404);
  }

  @Test
  void malformedInputIsABadRequestPage() {
    assertHtmlPage(get("/explorer/tx/0x1234"), 400);
    assertHtmlPage(get("/explorer/block/-1"), 400);
    assertHtmlPage(get("/explorer/block/99999999999999999999999999"), 400);
    assertHtmlPage(get("/explorer/block/1?page=x"), 400);
    assertHtmlPage(get("/explorer/address/0xnothex"), 400);
    HttpResponse<String> badChecksum = get("/explorer/address/0x" + "aBcD".repeat(10));
    assertHtmlPage(badChecksum, 400);
    assertThat(badChecksum.body()).contains("EIP-55");
    HttpResponse<String> huge = get("/explorer/block/" + "9".repeat(3000));
    assertHtmlPage(huge, 400);
    assertThat(huge.body().length()).isLessThan(5000);
  }

  @Test
  void inputIsEscapedEverywhereItIsShown() {
    String hostile = "<script>alert(1)</script>\"'&";
    HttpResponse<String> search = get("/explorer/search?q=" + q(hostile));
    assertHtmlPage(search, 400);
    assertThat(search.body()).doesNotContain("<script>alert").doesNotContain("\"'&")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;");
    HttpResponse<String> path = get("/explorer/block/" + q("<img src=x onerror=alert(1)>").replace("+", "%20"));
    assertHtmlPage(path, 400);
    assertThat(path.body()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void searchRedirectsToWhatTheInputNames() {
    Block block2 = server.fixture().access().block(2).orElseThrow();
    Transaction tx = FixtureTransactions.block1Legacy();
    Address dev1 = FixtureChain.dev(1).address();
    assertThat(location("2")).isEqualTo("/explorer/block/2");
    assertThat(location(" 2 ")).isEqualTo("/explorer/block/2");
    assertThat(location(tx.hash().toHexString())).isEqualTo("/explorer/tx/" + tx.hash().toHexString());
    assertThat(location(block2.hash().toHexString())).isEqualTo("/explorer/block/" + block2.hash().toHexString());
    assertThat(location(dev1.toHexString().toUpperCase().replace("0X", "0x")))
        .isEqualTo("/explorer/address/" + dev1.toChecksumString());
    assertThat(location("")).isEqualTo("/explorer/");
    assertHtmlPage(get("/explorer/search?q=" + q("0x" + "cd".repeat(32))), 404);
    assertHtmlPage(get("/explorer/search?q=12345"), 404);
    assertHtmlPage(get("/explorer/search?q=hello"), 400);
    assertHtmlPage(get("/explorer/search?q=" + "x".repeat(500)), 400);
  }

  private static String location(String query) {
    HttpResponse<String> r = get("/explorer/search?q=" + q(query));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return r.headers().firstValue("Location").orElseThrow();
  }

  @Test
  void assetsAreServedByTheNode() {
    HttpResponse<String> js = get("/explorer/assets/explorer.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
    assertThat(js.body()).contains("eth_subscribe").contains("newHeads");
    HttpResponse<String> css = get("/explorer/assets/explorer.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
  }

  @Test
  void theHostAllowListGuardsTheExplorerToo() throws IOException {
    assertThat(rawGet("/explorer/", "evil.example:8545")).startsWith("HTTP/1.1 403");
    assertThat(rawGet("/explorer/", "localhost:8545")).startsWith("HTTP/1.1 200");
  }

  @Test
  void switchedOffThereAreNoPages() {
    try (TestServer off = new TestServer(RpcConfig.builder().explorer(false))) {
      HttpResponse<String> r = off.send(HttpRequest.newBuilder(URI.create(off.httpUrl() + "explorer/")).GET());
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("peerchain explorer");
    }
  }

  @Test
  void withoutWebSocketsPagesDoNotTryLiveUpdates() {
    try (TestServer noWs = new TestServer(RpcConfig.builder().wsEnabled(false))) {
      HttpResponse<String> r = noWs.send(HttpRequest.newBuilder(URI.create(noWs.httpUrl() + "explorer/")).GET());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("data-live=\"off\"");
    }
  }

  private static String rawGet(String path, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
