package org.peerchain.rpc.methods.evm;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.anvil.DevMethod;
import org.peerchain.rpc.methods.anvil.DevParams;

/** evm_setNextBlockTimestamp / anvil_ {@code [seconds]}: the next block's timestamp; null. Before the head's: -32602. */
public final class EvmSetNextBlockTimestamp extends DevMethod {
  public EvmSetNextBlockTimestamp(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    dev.setNextBlockTimestamp(params.required(0, "timestamp", DevParams.NUMBER));
    return Json.NULL;
  }
}
