package org.peerchain.rpc.methods.ots;

import java.util.List;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.eth.BlockResolver;

public final class OtsMethods {
  private OtsMethods() {}

  public static List<RpcMethod> create(MethodContext ctx) {
    BlockResolver blocks = new BlockResolver(ctx.chain());
    return List.of(
        new OtsGetApiLevel(),
        new ErigonGetHeaderByNumber(blocks),
        new OtsHasCode(blocks),
        new OtsGetBlockDetails(blocks),
        new OtsGetBlockDetailsByHash(ctx.chain()),
        new OtsGetBlockTransactions(blocks),
        OtsSearchTransactions.before(ctx.chain(), ctx.history()),
        OtsSearchTransactions.after(ctx.chain(), ctx.history()),
        new OtsGetTransactionBySenderAndNonce(ctx.chain(), ctx.history()),
        new OtsGetContractCreator(),
        new OtsGetTransactionError(),
        new OtsTraceTransaction(),
        new OtsGetInternalOperations());
  }
}
