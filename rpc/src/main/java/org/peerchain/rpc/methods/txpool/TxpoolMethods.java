package org.peerchain.rpc.methods.txpool;

import java.util.List;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.RpcMethod;

public final class TxpoolMethods {
  private TxpoolMethods() {}

  public static List<RpcMethod> create(MethodContext ctx) {
    return List.of(new TxpoolStatus(ctx.pool()), new TxpoolContent(ctx.pool()));
  }
}
