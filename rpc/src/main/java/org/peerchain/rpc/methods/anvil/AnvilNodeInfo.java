package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.eth.FeeOracle;

/**
 * anvil_nodeInfo: anvil's shape (current block, hard fork, transaction order, environment, fork
 * config: the upstream's URL and the forked block when the node forked). The hard fork is London's header (no later fork's fields); transactions go in by fee.
 */
public final class AnvilNodeInfo extends DevMethod {
  private final ChainAccess chain;
  private final NodeInfo node;
  private final FeeOracle fees;

  public AnvilNodeInfo(String name, DevControl dev, ChainAccess chain, NodeInfo node) {
    super(name, dev);
    this.chain = chain;
    this.node = node;
    this.fees = new FeeOracle(chain);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(0);
    BlockHeader head = chain.head();
    ObjectNode o = Json.object();
    o.set("currentBlockNumber", Json.quantity(head.number()));
    o.put("currentBlockTimestamp", head.timestamp());
    o.set("currentBlockHash", Json.hash(head.hash()));
    o.put("hardFork", "London");
    o.put("transactionOrder", "fees");
    ObjectNode env = o.putObject("environment");
    env.set("baseFee", Json.quantity(chain.nextBaseFee()));
    env.put("chainId", node.chainId());
    env.set("gasLimit", Json.quantity(head.gasLimit()));
    env.set("gasPrice", Json.quantity(fees.gasPrice()));
    ObjectNode fork = o.putObject("forkConfig");
    var point = dev.fork();
    if (point.isPresent()) {
      fork.put("forkUrl", point.get().url());
      fork.put("forkBlockNumber", point.get().blockNumber());
    } else {
      fork.set("forkUrl", Json.NULL);
      fork.set("forkBlockNumber", Json.NULL);
    }
    fork.set("forkRetryBackoff", Json.NULL);
    return o;
  }
}
