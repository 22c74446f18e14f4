package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/**
 * anvil_impersonateAccount and anvil_stopImpersonatingAccount (and their hardhat_ names)
 * {@code [address]}: eth_sendTransaction from the address then needs no key; null.
 */
public final class AnvilImpersonateAccount extends DevMethod {
  private final boolean start;

  public AnvilImpersonateAccount(String name, DevControl dev, boolean start) {
    super(name, dev);
    this.start = start;
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    var address = params.required(0, "address", HexData.ADDRESS);
    if (start) {
      dev.impersonate(address);
    } else {
      dev.stopImpersonating(address);
    }
    return Json.NULL;
  }
}
