package org.peerchain.rpc.methods.net;

import java.util.List;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.RpcMethod;

public final class NetMethods {
  private NetMethods() {}

  public static List<RpcMethod> create(MethodContext ctx) {
    return List.of(new NetVersion(ctx.node()), new NetListening(ctx.node()), new NetPeerCount(ctx.node()));
  }
}
