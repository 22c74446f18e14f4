package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** anvil_dropTransaction / hardhat_ {@code [hash]}: the hash when the pool held it, else null. */
public final class AnvilDropTransaction extends DevMethod {
  public AnvilDropTransaction(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    var hash = params.required(0, "transactionHash", HexData.HASH);
    return dev.dropTransaction(hash).map(Json::hash).orElse(Json.NULL);
  }
}
