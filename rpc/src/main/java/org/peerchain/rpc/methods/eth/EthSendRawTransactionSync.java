package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.TxSyncSettings;
import org.peerchain.rpc.params.HexData;
import org.peerchain.rpc.params.ParamParser;
import org.peerchain.rpc.params.Quantities;

/**
 * EIP-7966: submits a signed transaction as eth_sendRawTransaction does, then waits for its block
 * and answers the receipt (eth_getTransactionReceipt's shape). Params: the raw transaction and an
 * optional timeout in milliseconds (a number or a hex quantity; 0 or absent: the node's default;
 * above the node's maximum: the maximum). Errors: the pool's rejection as eth_sendRawTransaction
 * (-32000); code 4 with the hash as data when no block took it in time (it stays pooled); code 5
 * with the hash as data when its nonce leaves a gap, so no block can take it yet; -32005 when too
 * many calls already wait, before anything is submitted.
 */
public final class EthSendRawTransactionSync implements RpcMethod {
  public static final int TIMEOUT = 4;
  public static final int UNREADY = 5;

  static final ParamParser<Long> MILLIS = node -> {
    if (node.isTextual()) {
      return Quantities.parseUint64(node.textValue());
    }
    if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) {
      return node.longValue();
    }
    throw new IllegalArgumentException("expected milliseconds as a non-negative integer or hex quantity, got " + node);
  };

  private final TxSubmitter pool;
  private final ChainAccess chain;
  private final TxSyncSettings settings;
  private final ReceiptWaiter waiter;

  public EthSendRawTransactionSync(TxSubmitter pool, ChainAccess chain, ChainEvents events, TxSyncSettings settings) {
    this.pool = pool;
    this.chain = chain;
    this.settings = settings;
    this.waiter = new ReceiptWaiter(events, settings.maxWaiting());
  }

  @Override
  public String name() {
    return "eth_sendRawTransactionSync";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(2);
    Bytes raw = params.required(0, "transaction", HexData.BYTES);
    Long millis = params.optional(1, "timeout", MILLIS, null);
    Duration timeout = settings.effectiveTimeout(millis);
    Transaction tx = EthSendRawTransaction.decode(raw);
    // Listening starts before the submission, so a block made right after it is not missed.
    try (ReceiptWaiter.Wait wait = waiter.tryStart().orElseThrow(this::busy)) {
      Hash hash = EthSendRawTransaction.Submission.submit(pool, tx);
      refuseNonceGap(tx, hash);
      Optional<JsonNode> receipt = wait.await(() -> EthGetTransactionReceipt.find(chain, hash), timeout);
      return receipt.orElseThrow(() -> new RpcException(TIMEOUT, "the transaction was added to the pool but was not "
          + "included in a block within " + timeout.toMillis() + " ms", Json.hash(hash)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RpcException.server("interrupted while waiting for the receipt");
    }
  }

  private void refuseNonceGap(Transaction tx, Hash hash) {
    Optional<Address> sender = tx.sender();
    if (sender.isEmpty()) {
      return;
    }
    // The pending nonce counts the sender's run of pooled transactions without gaps: a transaction
    // inside that run (or already mined) is below it, one after a gap is not.
    long expected = pool.pendingNonce(sender.get());
    if (Long.compareUnsigned(tx.nonce(), expected) >= 0) {
      throw new RpcException(UNREADY, "the transaction was added to the pool but cannot be included yet: its nonce "
          + Quantities.format(tx.nonce()) + " leaves a gap, the sender's next nonce is " + Quantities.format(expected),
          Json.hash(hash));
    }
  }

  private RpcException busy() {
    return new RpcException(RpcException.LIMIT_EXCEEDED, "too many eth_sendRawTransactionSync calls waiting (limit "
        + settings.maxWaiting() + "); nothing was submitted, retry or use eth_sendRawTransaction");
  }
}
