package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionDecoder;
import org.peerchain.core.tx.TransactionDecodingException;
import org.peerchain.core.tx.UnsupportedTransactionTypeException;
import org.peerchain.rpc.api.SubmitResult;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.params.HexData;

/**
 * Decodes a signed transaction and hands it to the pool; answers its hash (keccak of the bytes).
 * Pool rejections pass through with the pool's geth wording, which wallets match on.
 */
public final class EthSendRawTransaction implements RpcMethod {
  static final String UNPROTECTED = "only replay-protected (EIP-155) transactions allowed over RPC";

  private final TxSubmitter pool;

  public EthSendRawTransaction(TxSubmitter pool) {
    this.pool = pool;
  }

  @Override
  public String name() {
    return "eth_sendRawTransaction";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    Bytes raw = params.required(0, "transaction", HexData.BYTES);
    return Json.hash(Submission.submit(pool, decode(raw)));
  }

  /**
   * A raw transaction must be signed: the unsigned form a dev node makes for an impersonated sender
   * (s = 0) is refused here, so that only eth_sendTransaction from an impersonated address makes one.
   */
  static Transaction decode(Bytes raw) {
    Transaction tx;
    try {
      tx = TransactionDecoder.decode(raw);
    } catch (UnsupportedTransactionTypeException e) {
      throw RpcException.server("transaction type not supported");
    } catch (TransactionDecodingException e) {
      throw RpcException.server("rlp: " + e.getMessage());
    }
    if (tx.isImpersonated()) {
      throw RpcException.server("invalid transaction: s must be in [1, n/2] (unsigned transactions are not accepted)");
    }
    return tx;
  }

  /** The checks the RPC makes before the pool sees a transaction, and the submission itself. */
  static final class Submission {
    private Submission() {}

    static org.peerchain.core.types.Hash submit(TxSubmitter pool, Transaction tx) {
      if (tx.isContractCreation()) {
        throw RpcException.server("contract creation is not supported");
      }
      // The ledger refuses them from anyone (the chain id is part of what a sender signs), so the RPC says so first.
      if (!tx.isReplayProtected()) {
        throw RpcException.server(UNPROTECTED);
      }
      SubmitResult result = pool.submit(tx);
      if (result instanceof SubmitResult.Rejected rejected) {
        throw RpcException.server(rejected.message());
      }
      if (result instanceof SubmitResult.LimitExceeded limit) {
        throw new RpcException(RpcException.LIMIT_EXCEEDED, limit.message());
      }
      return ((SubmitResult.Accepted) result).hash();
    }
  }
}
