package org.peerchain.rpc.methods.ots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.rpc.fixture.FixtureChain.CHAIN_ID;
import static org.peerchain.rpc.fixture.FixtureChain.GWEI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.TestServer;
import org.peerchain.rpc.server.RpcConfig;

/**
 * Otterscan's paging over 250 transactions of one address, as its address page walks them: from
 * the head with ots_searchTransactionsBefore down to the oldest page, and from genesis with
 * ots_searchTransactionsAfter up to the newest, over HTTP against a server on a real chain. Blocks
 * hold 0 to 6 of the address's transactions among others', so pages end mid-block unless the
 * server rounds them to whole blocks.
 */
class OtsPagingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int TRANSACTIONS = 250;
  private static final KeyPair SUBJECT = FixtureChain.dev(0);
  private static final KeyPair PEER = FixtureChain.dev(1);
  private static final KeyPair STRANGER = FixtureChain.dev(2);

  private static TestServer server;
  private static Block largest;
  // The subject's transactions, oldest first: the truth every walk must reproduce.
  private static final List<String> history = new ArrayList<>();
  private static final long[] nonces = new long[3];
  // The subject's own transactions by nonce.
  private static final List<String> sent = new ArrayList<>();

  @BeforeAll
  static void buildChain() {
    FixtureChain chain = new FixtureChain();
    Random random = new Random(14);
    while (history.size() < TRANSACTIONS) {
      int mine = Math.min(TRANSACTIONS - history.size(), random.nextInt(7));
      // Kinds in block order: 0-1 sent, 2-3 received, 4 to itself, -1 another address's transfer.
      List<Integer> kinds = new ArrayList<>();
      for (int i = 0; i < mine; i++) {
        kinds.add(random.nextInt(5));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        kinds.add(random.nextInt(kinds.size() + 1), -1);
      }
      List<Transaction> txs = new ArrayList<>();
      List<Boolean> subjects = new ArrayList<>();
      for (int kind : kinds) {
        txs.add(kind < 0 ? transfer(2, STRANGER, PEER.address())
            : kind < 2 ? transfer(0, SUBJECT, PEER.address())
            : kind < 4 ? transfer(1, PEER, SUBJECT.address()) : transfer(0, SUBJECT, SUBJECT.address()));
        subjects.add(kind >= 0);
      }
      Block block = chain.addBlock(txs);
      largest = largest == null || block.transactions().size() > largest.transactions().size() ? block : largest;
      for (int i = 0; i < txs.size(); i++) {
        Transaction tx = block.transactions().get(i);
        if (subjects.get(i)) {
          history.add(tx.hash().toHexString());
        }
        if (tx.sender().orElseThrow().equals(SUBJECT.address())) {
          sent.add(tx.hash().toHexString());
        }
      }
    }
    server = new TestServer(chain, RpcConfig.builder());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {25, 7, 1})
  void walkingOlderFromTheHeadVisitsEveryTransactionOnceNewestFirst(int pageSize) throws IOException {
    List<String> seen = new ArrayList<>();
    JsonNode page = search("ots_searchTransactionsBefore", 0, pageSize);
    assertThat(page.get("firstPage").booleanValue()).isTrue();
    long previousLowest = Long.MAX_VALUE;
    for (int pages = 0; ; pages++) {
      assertThat(pages).as("pages").isLessThan(TRANSACTIONS + 1);
      checkPage(page, pageSize);
      assertThat(highestBlock(page)).as("a page starts below the previous one").isLessThan(previousLowest);
      if (pages > 0) {
        assertThat(page.get("firstPage").booleanValue()).isFalse();
      }
      seen.addAll(hashes(page));
      if (page.get("lastPage").booleanValue()) {
        break;
      }
      previousLowest = lowestBlock(page);
      page = search("ots_searchTransactionsBefore", previousLowest, pageSize);
    }
    assertThat(new HashSet<>(seen)).as("no duplicates").hasSameSizeAs(seen);
    assertThat(seen).as("no gaps, newest first").isEqualTo(reversed(history));
  }

  @ParameterizedTest
  @ValueSource(ints = {25, 7, 1})
  void walkingNewerFromGenesisVisitsEveryTransactionOnce(int pageSize) throws IOException {
    List<String> seen = new ArrayList<>();
    JsonNode page = search("ots_searchTransactionsAfter", 0, pageSize);
    assertThat(page.get("lastPage").booleanValue()).isTrue();
    long previousHighest = -1;
    for (int pages = 0; ; pages++) {
      assertThat(pages).as("pages").isLessThan(TRANSACTIONS + 1);
      checkPage(page, pageSize);
      assertThat(lowestBlock(page)).as("a page starts above the previous one").isGreaterThan(previousHighest);
      if (pages > 0) {
        assertThat(page.get("lastPage").booleanValue()).isFalse();
      }
      // Each page is newest first; the walk goes up, so pages are prepended.
      seen.addAll(0, hashes(page));
      if (page.get("firstPage").booleanValue()) {
        break;
      }
      previousHighest = highestBlock(page);
      page = search("ots_searchTransactionsAfter", previousHighest, pageSize);
    }
    assertThat(new HashSet<>(seen)).as("no duplicates").hasSameSizeAs(seen);
    assertThat(seen).as("no gaps, newest first").isEqualTo(reversed(history));
  }

  @ParameterizedTest
  @ValueSource(ints = {25, 7})
  void newerFromAnOlderPageLandsRightAboveIt(int pageSize) throws IOException {
    JsonNode first = search("ots_searchTransactionsBefore", 0, pageSize);
    JsonNode second = search("ots_searchTransactionsBefore", lowestBlock(first), pageSize);
    JsonNode back = search("ots_searchTransactionsAfter", highestBlock(second), pageSize);
    List<String> newer = hashes(back);
    List<String> expected = hashes(first);
    // "Newer" from the second page returns at least the first page's oldest whole blocks.
    assertThat(expected).endsWith(newer.toArray(String[]::new));
    String newestOfSecond = hashes(second).get(0);
    assertThat(reversed(history).indexOf(newer.get(newer.size() - 1)))
        .isEqualTo(reversed(history).indexOf(newestOfSecond) - 1);
  }

  @Test
  void theSendersNoncesLeadToItsTransactions() throws IOException {
    // Every ninth nonce, the last and the next: each call is a binary search over block states.
    List<Integer> probes = new ArrayList<>();
    for (int nonce = 0; nonce < sent.size(); nonce += 9) {
      probes.add(nonce);
    }
    probes.addAll(List.of(sent.size() - 1, sent.size()));
    for (int nonce : probes) {
      String body = MAPPER.writeValueAsString(MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 1)
          .put("method", "ots_getTransactionBySenderAndNonce")
          .set("params", MAPPER.createArrayNode().add(SUBJECT.address().toHexString()).add(nonce)));
      JsonNode result = MAPPER.readTree(server.post(body).body()).get("result");
      if (nonce < sent.size()) {
        assertThat(result.textValue()).as("nonce %d", nonce).isEqualTo(sent.get(nonce));
      } else {
        assertThat(result.isNull()).as("the next nonce is not used yet").isTrue();
      }
    }
  }

  @Test
  void blockPagesCountFromTheEndOfTheBlockAndCoverItOnce() throws IOException {
    int count = largest.transactions().size();
    assertThat(count).isGreaterThan(3);
    List<String> fromTheEnd = new ArrayList<>();
    for (int page = 0; ; page++) {
      String body = MAPPER.writeValueAsString(MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 1)
          .put("method", "ots_getBlockTransactions")
          .set("params", MAPPER.createArrayNode().add(largest.number()).add(page).add(3)));
      JsonNode result = MAPPER.readTree(server.post(body).body()).get("result");
      assertThat(result.get("fullblock").get("transactionCount").intValue()).isEqualTo(count);
      JsonNode txs = result.get("fullblock").get("transactions");
      if (txs.isEmpty()) {
        break;
      }
      List<String> pageHashes = new ArrayList<>();
      for (int i = 0; i < txs.size(); i++) {
        pageHashes.add(txs.get(i).get("hash").textValue());
        assertThat(result.get("receipts").get(i).get("transactionHash")).isEqualTo(txs.get(i).get("hash"));
      }
      fromTheEnd.addAll(0, pageHashes);
    }
    assertThat(fromTheEnd).isEqualTo(largest.transactions().stream().map(tx -> tx.hash().toHexString()).toList());
  }

  /** Whole blocks, newest first, at least a page unless it is the end, receipts beside transactions. */
  private static void checkPage(JsonNode page, int pageSize) {
    JsonNode txs = page.get("txs");
    JsonNode receipts = page.get("receipts");
    assertThat(receipts.size()).isEqualTo(txs.size());
    boolean end = page.get("lastPage").booleanValue() || page.get("firstPage").booleanValue();
    if (!end) {
      assertThat(txs.size()).as("a page short of the end has at least pageSize entries").isGreaterThanOrEqualTo(pageSize);
    }
    for (int i = 0; i < txs.size(); i++) {
      JsonNode tx = txs.get(i);
      JsonNode receipt = receipts.get(i);
      assertThat(receipt.get("transactionHash")).isEqualTo(tx.get("hash"));
      assertThat(receipt.get("blockNumber")).isEqualTo(tx.get("blockNumber"));
      assertThat(receipt.get("timestamp").textValue()).startsWith("0x");
      if (i > 0) {
        JsonNode newer = txs.get(i - 1);
        long a = quantity(newer.get("blockNumber"));
        long b = quantity(tx.get("blockNumber"));
        assertThat(a > b || (a == b && quantity(newer.get("transactionIndex")) > quantity(tx.get("transactionIndex"))))
            .as("newest first").isTrue();
      }
    }
  }

  private static JsonNode search(String method, long blockNumber, int pageSize) throws IOException {
    String body = MAPPER.writeValueAsString(MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 1)
        .put("method", method)
        .set("params", MAPPER.createArrayNode().add(SUBJECT.address().toHexString()).add(blockNumber).add(pageSize)));
    JsonNode response = MAPPER.readTree(server.post(body).body());
    assertThat(response.has("result")).as("%s answered %s", method, response).isTrue();
    return response.get("result");
  }

  private static List<String> hashes(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("txs").forEach(tx -> out.add(tx.get("hash").textValue()));
    return out;
  }

  private static long highestBlock(JsonNode page) {
    return quantity(page.get("txs").get(0).get("blockNumber"));
  }

  private static long lowestBlock(JsonNode page) {
    JsonNode txs = page.get("txs");
    return quantity(txs.get(txs.size() - 1).get("blockNumber"));
  }

  private static long quantity(JsonNode node) {
    return Long.parseLong(node.textValue().substring(2), 16);
  }

  private static List<String> reversed(List<String> list) {
    List<String> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }

  private static Transaction transfer(int index, KeyPair from, Address to) {
    return TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonces[index]++)
        .maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(21_000).to(to)
        .value(UInt256.valueOf(1000 + index)).build(), CHAIN_ID, from.privateKey());
  }
}
