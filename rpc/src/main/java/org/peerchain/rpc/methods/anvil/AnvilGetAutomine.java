package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;

/** anvil_getAutomine / hardhat_getAutomine: whether a pending transaction is mined at once. */
public final class AnvilGetAutomine extends DevMethod {
  public AnvilGetAutomine(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(0);
    return dev.automine() ? Json.TRUE : Json.FALSE;
  }
}
