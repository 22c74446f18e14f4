package org.peerchain.rpc.methods.peerchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/** The consensus engine's round state as the node describes it. */
public final class PeerchainConsensusState implements RpcMethod {
  private final NodeInfo node;
  private final ObjectMapper mapper;

  public PeerchainConsensusState(NodeInfo node, ObjectMapper mapper) {
    this.node = node;
    this.mapper = mapper;
  }

  @Override
  public String name() {
    return "peerchain_consensusState";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    try {
      return mapper.valueToTree(node.consensusState());
    } catch (IllegalArgumentException e) {
      // The node broke its contract (a value that is not JSON-like): our fault, not the caller's.
      throw new RpcException(RpcException.INTERNAL_ERROR, "consensus state is not representable as JSON");
    }
  }
}
