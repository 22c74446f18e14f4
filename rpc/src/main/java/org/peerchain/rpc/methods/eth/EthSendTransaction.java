package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.DevSigner;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.CallRequest;
import org.peerchain.rpc.params.CallRequestParser;

/**
 * Dev mode: fills in what the call object leaves out (nonce from the pool, gas from the data, fees
 * from the oracle: fee cap twice the next base fee plus the tip, as geth), signs with the dev key of
 * {@code from} and submits. In the DEV namespace: switching it off removes this method.
 */
public final class EthSendTransaction implements RpcMethod {
  private final DevSigner signer;
  private final TxSubmitter pool;
  private final NodeInfo node;
  private final FeeOracle fees;
  private final BlockResolver blocks;
  private final Optional<DevControl> dev;

  public EthSendTransaction(DevSigner signer, TxSubmitter pool, NodeInfo node, FeeOracle fees, BlockResolver blocks) {
    this(signer, pool, node, fees, blocks, Optional.empty());
  }

  /** @param dev a dev chain's cheats: from an impersonated address, the transaction goes unsigned */
  public EthSendTransaction(DevSigner signer, TxSubmitter pool, NodeInfo node, FeeOracle fees, BlockResolver blocks,
      Optional<DevControl> dev) {
    this.dev = dev;
    this.signer = signer;
    this.pool = pool;
    this.node = node;
    this.fees = fees;
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_sendTransaction";
  }

  @Override
  public Namespace namespace() {
    return Namespace.DEV;
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    CallRequest call = params.required(0, "transaction", CallRequestParser.INSTANCE);
    Address from = call.from().orElseThrow(() -> RpcException.invalidParams("missing from in transaction"));
    if (call.isContractCreation()) {
      throw RpcException.server("contract creation is not supported");
    }
    long chainId = node.chainId();
    if (call.chainId().isPresent() && !call.chainId().get().equals(UInt256.valueOf(chainId))) {
      throw RpcException.server("invalid chain id " + call.chainId().get() + ", want " + chainId);
    }
    UnsignedTransaction body = body(call, from);
    Transaction signed = signer.sign(from, body, chainId)
        .or(() -> dev.flatMap(d -> d.impersonated(from, body)))
        .orElseThrow(() -> RpcException.server("unknown account"));
    return Json.hash(EthSendRawTransaction.Submission.submit(pool, signed));
  }

  private UnsignedTransaction body(CallRequest call, Address from) {
    boolean legacy = call.gasPrice().isPresent();
    TransactionType type = legacy
        ? (call.accessList().isPresent() ? TransactionType.ACCESS_LIST : TransactionType.LEGACY)
        : TransactionType.DYNAMIC_FEE;
    UnsignedTransaction.Builder b = UnsignedTransaction.builder(type)
        .nonce(call.nonce().orElseGet(() -> pool.pendingNonce(from)))
        .gasLimit(call.gas().orElseGet(() -> EthEstimateGas.intrinsicGas(call)))
        .to(call.to())
        .value(call.value().orElse(UInt256.ZERO))
        .data(call.input())
        .accessList(call.accessListOrEmpty());
    if (legacy) {
      return b.gasPrice(call.gasPrice().get()).build();
    }
    UInt256 tip = call.maxPriorityFeePerGas().orElseGet(fees::suggestedTip);
    UInt256 cap = call.maxFeePerGas().orElseGet(() -> blocks.chain().nextBaseFee().multiply(2).add(tip));
    return b.maxPriorityFeePerGas(tip).maxFeePerGas(cap).build();
  }
}
