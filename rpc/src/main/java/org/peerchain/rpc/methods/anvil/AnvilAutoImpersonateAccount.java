package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** anvil_autoImpersonateAccount / hardhat_ {@code [enabled]}: every address impersonated, or back to the listed ones; null. */
public final class AnvilAutoImpersonateAccount extends DevMethod {
  public AnvilAutoImpersonateAccount(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    dev.autoImpersonate(params.required(0, "enabled", HexData.BOOLEAN));
    return Json.NULL;
  }
}
