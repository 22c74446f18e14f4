package org.peerchain.rpc.methods.peerchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/** Equivocation evidence the node holds: [{validator, height, round, step, first, second}]. */
public final class PeerchainEvidence implements RpcMethod {
  private final NodeInfo node;
  private final ObjectMapper mapper;

  public PeerchainEvidence(NodeInfo node, ObjectMapper mapper) {
    this.node = node;
    this.mapper = mapper;
  }

  @Override
  public String name() {
    return "peerchain_evidence";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    try {
      return mapper.valueToTree(node.evidence());
    } catch (IllegalArgumentException e) {
      throw new RpcException(RpcException.INTERNAL_ERROR, "evidence is not representable as JSON");
    }
  }
}
