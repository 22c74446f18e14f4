package org.peerchain.rpc.methods.evm;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.anvil.DevMethod;

/** evm_snapshot / anvil_snapshot: a new snapshot id, a hex quantity ("0x0" first). */
public final class EvmSnapshot extends DevMethod {
  public EvmSnapshot(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(0);
    return Json.quantity(dev.snapshot());
  }
}
