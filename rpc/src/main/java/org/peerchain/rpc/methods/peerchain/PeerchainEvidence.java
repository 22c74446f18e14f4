package org.peerchain.rpc.methods.peerchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.peerchain.rpc.api.EvidenceInfo;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.methods.CallContext;
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
    ArrayNode out = mapper.createArrayNode();
    for (EvidenceInfo e : node.evidence()) {
      out.addObject()
          .put("validator", e.validator().toChecksumString())
          .put("height", e.height())
          .put("round", e.round())
          .put("step", e.step())
          .put("first", e.first().toHexString())
          .put("second", e.second().toHexString());
    }
    return out;
  }
}
