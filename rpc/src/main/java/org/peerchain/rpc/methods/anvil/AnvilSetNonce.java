package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** anvil_setNonce / hardhat_setNonce {@code [address, nonce]}: null once the nonce is at latest. */
public final class AnvilSetNonce extends DevMethod {
  public AnvilSetNonce(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(2);
    var address = params.required(0, "address", HexData.ADDRESS);
    long nonce = params.required(1, "nonce", DevParams.NUMBER);
    dev.setNonce(address, nonce);
    return Json.NULL;
  }
}
