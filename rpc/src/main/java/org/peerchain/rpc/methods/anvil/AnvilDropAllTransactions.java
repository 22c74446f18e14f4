package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;

/** anvil_dropAllTransactions / hardhat_: empties the pool; null. */
public final class AnvilDropAllTransactions extends DevMethod {
  public AnvilDropAllTransactions(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(0);
    dev.dropAllTransactions();
    return Json.NULL;
  }
}
