package org.peerchain.rpc.methods.peerchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ConsensusState;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.methods.CallContext;
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
    ConsensusState s = node.consensusState();
    ObjectNode out = mapper.createObjectNode();
    out.put("height", s.height());
    out.put("round", s.round());
    out.put("step", s.step());
    out.put("proposer", s.proposer().toChecksumString());
    out.put("lockedRound", s.lockedRound());
    out.put("lockedBlock", s.lockedBlock().map(Hash::toHexString).orElse(null));
    out.put("validRound", s.validRound());
    out.put("validBlock", s.validBlock().map(Hash::toHexString).orElse(null));
    return out;
  }
}
