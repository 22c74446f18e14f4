package org.peerchain.rpc.methods.evm;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.anvil.DevMethod;
import org.peerchain.rpc.params.HexData;

/** evm_setAutomine / anvil_setAutomine {@code [enabled]}: mine each transaction at once, or leave it pending; null. */
public final class EvmSetAutomine extends DevMethod {
  public EvmSetAutomine(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    dev.setAutomine(params.required(0, "enabled", HexData.BOOLEAN));
    return Json.NULL;
  }
}
