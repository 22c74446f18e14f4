package org.peerchain.rpc.methods.peerchain;

import java.util.List;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.eth.BlockResolver;

public final class PeerchainMethods {
  private PeerchainMethods() {}

  public static List<RpcMethod> create(MethodContext ctx) {
    return List.of(new PeerchainValidators(ctx.node()), new PeerchainConsensusState(ctx.node(), ctx.mapper()),
        new PeerchainNodeInfo(ctx.node(), ctx.chain()), new PeerchainEvidence(ctx.node(), ctx.mapper()),
        new PeerchainGetCommitCertificate(new BlockResolver(ctx.chain())));
  }
}
