package org.peerchain.testnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The handful of JSON-RPC methods the testnet tools use, typed. One node, one connection. */
public final class NodeClient implements AutoCloseable {
  /** Blocks fetched per batch request: well under the node's default batch limit of 1000. */
  static final int BLOCK_BATCH = 100;

  private final JsonRpcClient rpc;

  public NodeClient(JsonRpcClient rpc) {
    this.rpc = rpc;
  }

  public static NodeClient local(int port, int readTimeoutMs) {
    return new NodeClient(JsonRpcClient.local(port, readTimeoutMs));
  }

  public String url() {
    return rpc.url();
  }

  public long blockNumber() {
    return Quantity.parse(rpc.call("eth_blockNumber"), "eth_blockNumber");
  }

  public int peerCount() {
    return (int) Quantity.parse(rpc.call("net_peerCount"), "net_peerCount");
  }

  /** pending + queued transactions of the pool. */
  public PoolSize poolSize() {
    JsonNode status = rpc.call("txpool_status");
    return new PoolSize(Quantity.parse(status.get("pending"), "pending"), Quantity.parse(status.get("queued"), "queued"));
  }

  public record PoolSize(long pending, long queued) {}

  public Optional<BlockSummary> block(long number) {
    return Optional.ofNullable(summary(rpc.call("eth_getBlockByNumber", Quantity.hex(number), false)));
  }

  public Optional<BlockSummary> latestBlock() {
    return Optional.ofNullable(summary(rpc.call("eth_getBlockByNumber", "latest", false)));
  }

  /** Blocks {@code from..to} inclusive, fewer if the node's chain ends earlier. */
  public List<BlockSummary> blocks(long from, long to) {
    List<BlockSummary> out = new ArrayList<>();
    for (long start = from; start <= to; start += BLOCK_BATCH) {
      long end = Math.min(to, start + BLOCK_BATCH - 1);
      List<JsonRpcClient.Call> calls = new ArrayList<>();
      for (long n = start; n <= end; n++) {
        calls.add(JsonRpcClient.Call.of("eth_getBlockByNumber", Quantity.hex(n), false));
      }
      for (JsonNode block : rpc.batch(calls)) {
        BlockSummary summary = summary(block);
        if (summary == null) {
          return out;
        }
        out.add(summary);
      }
    }
    return out;
  }

  /** @return the raw transaction's hash as the node reports it */
  public String sendRawTransaction(String rawHex) {
    return rpc.call("eth_sendRawTransaction", rawHex).asText();
  }

  public long transactionCount(String address, String blockTag) {
    return Quantity.parse(rpc.call("eth_getTransactionCount", address, blockTag), "eth_getTransactionCount");
  }

  /** Equivocations the node has seen; empty when the node has no peerchain_evidence method. */
  public Optional<Integer> evidenceCount() {
    try {
      JsonNode evidence = rpc.call("peerchain_evidence");
      return Optional.of(evidence.isArray() ? evidence.size() : 0);
    } catch (RpcError e) {
      if (e.code() == RpcError.METHOD_NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public JsonNode nodeInfo() {
    return rpc.call("peerchain_nodeInfo");
  }

  private static BlockSummary summary(JsonNode block) {
    if (block == null || block.isNull()) {
      return null;
    }
    List<String> txs = new ArrayList<>();
    for (JsonNode tx : block.path("transactions")) {
      txs.add(tx.isTextual() ? tx.asText() : tx.path("hash").asText());
    }
    return new BlockSummary(Quantity.parse(block.get("number"), "number"), block.path("hash").asText(),
        block.path("parentHash").asText(), block.path("stateRoot").asText(),
        Quantity.parse(block.get("timestamp"), "timestamp"), txs);
  }

  @Override
  public void close() {
    rpc.close();
  }
}
