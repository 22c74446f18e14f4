package org.peerchain.rpc.methods.web3;

import java.util.List;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.RpcMethod;

public final class Web3Methods {
  private Web3Methods() {}

  public static List<RpcMethod> create(MethodContext ctx) {
    return List.of(new Web3ClientVersion(ctx.node()), new Web3Sha3());
  }
}
