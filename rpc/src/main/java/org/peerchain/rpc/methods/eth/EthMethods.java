package org.peerchain.rpc.methods.eth;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.RpcMethod;

/** The eth namespace, and eth_sendTransaction (DEV) when the node has dev keys. */
public final class EthMethods {
  private EthMethods() {}

  public static List<RpcMethod> create(MethodContext ctx) {
    BlockResolver blocks = new BlockResolver(ctx.chain());
    FeeOracle fees = new FeeOracle(ctx.chain());
    List<RpcMethod> methods = new ArrayList<>(List.of(
        new EthChainId(ctx.node()),
        new EthSyncing(ctx.node()),
        new EthBlockNumber(ctx.chain()),
        new EthGetBalance(blocks),
        new EthGetTransactionCount(blocks, ctx.pool()),
        new EthGetCode(blocks),
        new EthGetStorageAt(blocks),
        new EthCall(blocks),
        new EthEstimateGas(blocks),
        new EthGasPrice(fees),
        new EthMaxPriorityFeePerGas(fees),
        new EthFeeHistory(blocks),
        new EthGetBlockByNumber(blocks),
        new EthGetBlockByHash(blocks),
        new EthGetBlockTransactionCountByNumber(blocks),
        new EthGetBlockTransactionCountByHash(blocks),
        new EthGetUncleCountByBlockNumber(blocks),
        new EthGetUncleCountByBlockHash(blocks),
        new EthGetTransactionByHash(ctx.chain(), ctx.pool()),
        new EthGetTransactionByBlockNumberAndIndex(blocks),
        new EthGetTransactionByBlockHashAndIndex(blocks),
        new EthGetTransactionReceipt(ctx.chain()),
        new EthGetBlockReceipts(blocks),
        new EthSendRawTransaction(ctx.pool()),
        new EthSendRawTransactionSync(ctx.pool(), ctx.chain(), ctx.events(), ctx.txSync()),
        new EthGetLogs(blocks),
        new EthNewBlockFilter(ctx.filters()),
        new EthNewPendingTransactionFilter(ctx.filters()),
        new EthNewFilter(ctx.filters()),
        new EthGetFilterChanges(ctx.filters()),
        new EthGetFilterLogs(ctx.filters()),
        new EthUninstallFilter(ctx.filters()),
        new EthGetProof(blocks),
        new EthSubscribe(),
        new EthUnsubscribe(),
        new EthAccounts(ctx.devSigner())));
    ctx.devSigner().ifPresent(signer ->
        methods.add(new EthSendTransaction(signer, ctx.pool(), ctx.node(), fees, blocks, ctx.devControl())));
    return methods;
  }
}
