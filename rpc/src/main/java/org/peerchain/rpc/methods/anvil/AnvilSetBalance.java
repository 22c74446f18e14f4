package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;
import org.peerchain.rpc.params.Quantities;

/** anvil_setBalance / hardhat_setBalance {@code [address, balance]}: null once the balance is at latest. */
public final class AnvilSetBalance extends DevMethod {
  public AnvilSetBalance(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(2);
    var address = params.required(0, "address", HexData.ADDRESS);
    var balance = params.required(1, "balance", Quantities.UINT256);
    dev.setBalance(address, balance);
    return Json.NULL;
  }
}
