package org.peerchain.rpc.methods.evm;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.anvil.DevMethod;
import org.peerchain.rpc.methods.anvil.DevParams;

/**
 * evm_revert / anvil_revert {@code [id]}: back to the snapshot (state, blocks, clock, pool); true.
 * The id and every later one are used up: false for them, as for an id never given.
 */
public final class EvmRevert extends DevMethod {
  public EvmRevert(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    return dev.revert(params.required(0, "id", DevParams.NUMBER)) ? Json.TRUE : Json.FALSE;
  }
}
