package org.peerchain.bench.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * Pre-signed transfers from the dev accounts, each sender on its own connection in nonce order,
 * while a poller walks new blocks and notes when each transaction first appears in one.
 */
final class TransferLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long GWEI = 1_000_000_000L;
  /** Sends of one transfer refused as "busy" before the stream gives it up (bounded in count and time). */
  private static final int MAX_RETRIES = 500;
  private static final long BUSY_WAIT_MS = 20;

  /**
   * {@code answerP50Ms}, {@code answerP99Ms}: the eth_sendRawTransaction round trip under the load
   * (a transfer's first send); {@code retries}: sends again after a "busy" refusal.
   */
  record Result(int sent, long accepted, int included, double acceptedPerSecond, double finalizedPerSecond,
      double p50Ms, double p99Ms, double answerP50Ms, double answerP99Ms, long retries, String firstError) {}

  private final long chainId;
  private final String[] raw;
  private final Map<String, Integer> indexByHash = new HashMap<>();
  private final int senders;
  private final int perSender;

  TransferLoad(long chainId, int senders, int perSender, long seed) {
    this(chainId, 0, senders, perSender, seed);
  }

  /** Senders are the dev accounts {@code firstSender} to {@code firstSender + senders - 1}. */
  TransferLoad(long chainId, int firstSender, int senders, int perSender, long seed) {
    this.chainId = chainId;
    this.senders = senders;
    this.perSender = perSender;
    Random random = new Random(seed);
    List<KeyPair> keys = DevAccounts.accounts(firstSender + senders).subList(firstSender, firstSender + senders);
    raw = new String[senders * perSender];
    for (int s = 0; s < senders; s++) {
      for (int n = 0; n < perSender; n++) {
        byte[] to = new byte[20];
        random.nextBytes(to);
        UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE)
            .nonce(n).maxPriorityFeePerGas(UInt256.valueOf(GWEI)).maxFeePerGas(UInt256.valueOf(10_000 * GWEI))
            .gasLimit(21_000).to(Address.wrap(Bytes.wrap(to))).value(UInt256.valueOf(GWEI)).data(Bytes.EMPTY).build();
        Bytes encoded = TransactionEncoder.encode(TransactionSigner.sign(body, chainId, keys.get(s).privateKey()));
        int index = s * perSender + n;
        raw[index] = encoded.toHexString();
        indexByHash.put(Keccak.hash(encoded).toHexString().toLowerCase(), index);
      }
    }
  }

  /** How many transfers this load sends. */
  int size() {
    return raw.length;
  }

  Result run(int port, double timeoutSeconds) throws Exception {
    return runSpread(new int[] {port}, timeoutSeconds);
  }

  /** Sender i sends to {@code ports[i % ports.length]}; inclusion is watched on the first port's node. */
  Result runSpread(int[] ports, double timeoutSeconds) throws Exception {
    int port = ports[0];
    int total = raw.length;
    long[] sentAt = new long[total];
    long[] answeredAt = new long[total];
    long[] includedAt = new long[total];
    long startBlock = blockNumber(port);
    LongAdder accepted = new LongAdder();
    LongAdder retries = new LongAdder();
    AtomicReference<String> firstError = new AtomicReference<>();
    long start = System.nanoTime();
    long deadline = start + (long) (timeoutSeconds * 1e9);
    int[] includedCount = {0};
    long[] lastInclusion = {start};
    Thread poller = new Thread(() -> poll(port, startBlock + 1, includedAt, includedCount, lastInclusion, deadline));
    poller.start();
    List<Thread> threads = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      int sender = s;
      int target = ports[sender % ports.length];
      Thread t = new Thread(() -> send(target, sender, sentAt, answeredAt, accepted, retries, firstError));
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    poller.join();
    List<Double> latencies = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      if (includedAt[i] != 0 && sentAt[i] != 0) {
        latencies.add((includedAt[i] - sentAt[i]) / 1e6);
      }
    }
    double[] lat = latencies.stream().mapToDouble(Double::doubleValue).toArray();
    Percentiles p = new Percentiles(lat);
    Percentiles answer = new Percentiles(answerMillis(sentAt, answeredAt));
    double finalizeSeconds = (lastInclusion[0] - start) / 1e9;
    return new Result(total, accepted.sum(), includedCount[0], accepted.sum() / sendSeconds,
        includedCount[0] / Math.max(finalizeSeconds, 1e-9), p.at(50), p.at(99), answer.at(50), answer.at(99),
        retries.sum(), firstError.get());
  }

  private static double[] answerMillis(long[] sentAt, long[] answeredAt) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < sentAt.length; i++) {
      if (sentAt[i] != 0 && answeredAt[i] != 0) {
        out.add((answeredAt[i] - sentAt[i]) / 1e6);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** A refusal that says "later": the pool is full (its cheapest pays as much) or the node limits admission. */
  private static boolean isBusy(String response) {
    return !response.contains("\"result\"") && (response.contains("underpriced") || response.contains("-32005")
        || response.contains("pool is full") || response.contains("txpool is full"));
  }

  private void send(int port, int sender, long[] sentAt, long[] answeredAt, LongAdder accepted, LongAdder retries,
      AtomicReference<String> firstError) {
    try (RpcConnection c = new RpcConnection("127.0.0.1", port)) {
      for (int n = 0; n < perSender; n++) {
        int index = sender * perSender + n;
        sentAt[index] = System.nanoTime();
        String request = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_sendRawTransaction\",\"params\":[\""
            + raw[index] + "\"]}";
        String response = c.post(request);
        answeredAt[index] = System.nanoTime();
        // A wallet sends again what a full pool or a busy node refused, rather than opening a nonce gap.
        for (int retry = 0; retry < MAX_RETRIES && isBusy(response); retry++) {
          retries.increment();
          Thread.sleep(BUSY_WAIT_MS);
          response = c.post(request);
        }
        if (response.contains("\"result\"")) {
          accepted.increment();
        } else {
          firstError.compareAndSet(null, response);
        }
      }
    } catch (Exception e) {
      firstError.compareAndSet(null, e.toString());
    }
  }

  private void poll(int port, long fromBlock, long[] includedAt, int[] includedCount, long[] lastInclusion, long deadline) {
    try (RpcConnection c = new RpcConnection("127.0.0.1", port)) {
      long next = fromBlock;
      while (includedCount[0] < raw.length && System.nanoTime() < deadline) {
        JsonNode block = JSON.readTree(c.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBlockByNumber\",\"params\":[\"0x"
            + Long.toHexString(next) + "\",false]}")).path("result");
        if (block.isMissingNode() || block.isNull()) {
          Thread.sleep(2);
          continue;
        }
        long now = System.nanoTime();
        for (JsonNode hash : block.path("transactions")) {
          Integer index = indexByHash.get(hash.asText().toLowerCase());
          if (index != null && includedAt[index] == 0) {
            includedAt[index] = now;
            includedCount[0]++;
            lastInclusion[0] = now;
          }
        }
        next++;
      }
    } catch (Exception e) {
      System.err.println("block poller stopped: " + e);
    }
  }

  static long blockNumber(int port) throws Exception {
    try (RpcConnection c = new RpcConnection("127.0.0.1", port)) {
      String hex = JSON.readTree(c.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}"))
          .path("result").asText();
      return Long.parseLong(hex.substring(2), 16);
    }
  }
}
