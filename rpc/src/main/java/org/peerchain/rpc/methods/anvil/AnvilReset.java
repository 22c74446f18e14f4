package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcParams;

/**
 * anvil_reset / hardhat_reset {@code [options?]}: back to genesis; null. Options with {@code forking}
 * ask for a re-fork, which a node that did not fork refuses.
 */
public final class AnvilReset extends DevMethod {
  public AnvilReset(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    JsonNode options = params.raw(0);
    if (options != null) {
      if (!options.isObject()) {
        throw RpcException.invalidParams("invalid argument 0 (options): expected an object");
      }
      JsonNode forking = options.get("forking");
      if (forking != null && !forking.isNull()) {
        throw RpcException.invalidParams("invalid argument 0 (options): forking is not enabled on this node");
      }
    }
    dev.reset();
    return Json.NULL;
  }
}
