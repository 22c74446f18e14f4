package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** anvil_loadState / hardhat_ {@code [dump]}: sets the dump's accounts; true. A corrupt or foreign dump is -32602. */
public final class AnvilLoadState extends DevMethod {
  public AnvilLoadState(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    dev.loadState(params.required(0, "state", HexData.BYTES));
    return Json.TRUE;
  }
}
