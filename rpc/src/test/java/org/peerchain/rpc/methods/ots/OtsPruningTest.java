package org.peerchain.rpc.methods.ots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.rpc.fixture.FixtureChain.CHAIN_ID;
import static org.peerchain.rpc.fixture.FixtureChain.GWEI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.TestServer;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.storage.state.StatePruning;

/**
 * State pruning removes old state only: like blocks, receipts and the transaction index, the
 * address index keeps every block, so Otterscan's address pages reach back past the retained state.
 */
class OtsPruningTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void addressHistoryOutlivesPrunedState() throws IOException {
    FixtureChain chain = new FixtureChain(StatePruning.retain(StatePruning.MIN_RETAINED_BLOCKS));
    String sender = FixtureChain.dev(0).address().toHexString();
    Block first = null;
    for (int nonce = 0; nonce < StatePruning.MIN_RETAINED_BLOCKS + 12; nonce++) {
      Transaction tx = TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(nonce)
          .maxPriorityFeePerGas(GWEI).maxFeePerGas(GWEI.multiply(10)).gasLimit(21_000)
          .to(FixtureChain.dev(3).address()).value(UInt256.ONE).build(), CHAIN_ID, FixtureChain.dev(0).privateKey());
      Block block = chain.addBlock(List.of(tx));
      first = first == null ? block : first;
    }
    try (TestServer server = new TestServer(chain, RpcConfig.builder())) {
      JsonNode oldBalance = call(server, "eth_getBalance", MAPPER.createArrayNode().add(sender).add("0x1"));
      assertThat(oldBalance.has("error")).as("state of block 1 is pruned: %s", oldBalance).isTrue();

      JsonNode oldest = call(server, "ots_searchTransactionsAfter", MAPPER.createArrayNode().add(sender).add(0).add(1))
          .get("result");
      assertThat(oldest.get("txs").get(0).get("hash").textValue()).isEqualTo(first.transactions().get(0).hash().toHexString());
      assertThat(oldest.get("lastPage").booleanValue()).isTrue();
      JsonNode nonceZero = call(server, "ots_getTransactionBySenderAndNonce", MAPPER.createArrayNode().add(sender).add(0));
      assertThat(nonceZero.get("result").textValue()).isEqualTo(first.transactions().get(0).hash().toHexString());
    }
  }

  private static JsonNode call(TestServer server, String method, JsonNode params) throws IOException {
    String body = MAPPER.writeValueAsString(MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 1)
        .put("method", method).set("params", params));
    return MAPPER.readTree(server.post(body).body());
  }
}
