package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.core.tx.IntrinsicGas;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.CallRequest;
import org.peerchain.rpc.params.CallRequestParser;

/**
 * A transfer uses exactly its intrinsic gas (21000 + data + access list). Checks what geth's
 * estimate would fail on: a value above the sender's balance, a gas cap below the need.
 */
public final class EthEstimateGas implements RpcMethod {
  private final BlockResolver blocks;

  public EthEstimateGas(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_estimateGas";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(3);
    CallRequest call = params.required(0, "transaction", CallRequestParser.INSTANCE);
    BlockParameter block = params.optional(1, "block", BlockParameters.NUMBER_OR_HASH, BlockParameter.LATEST);
    blocks.headerForState(block);
    if (call.isContractCreation()) {
      throw RpcException.server("contract creation is not supported");
    }
    long gas = intrinsicGas(call);
    UInt256 value = call.value().orElse(UInt256.ZERO);
    if (call.from().isPresent() && !value.isZero()
        && blocks.account(call.from().get(), block).balance().compareTo(value) < 0) {
      throw RpcException.server("insufficient funds for transfer");
    }
    if (call.gas().isPresent() && Long.compareUnsigned(call.gas().getAsLong(), gas) < 0) {
      throw RpcException.server("gas required exceeds allowance (" + Long.toUnsignedString(call.gas().getAsLong()) + ")");
    }
    return Json.quantity(gas);
  }

  static long intrinsicGas(CallRequest call) {
    return IntrinsicGas.of(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE)
        .to(call.to()).data(call.input()).accessList(call.accessListOrEmpty()).build());
  }
}
