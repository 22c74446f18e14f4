package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;

/** anvil_dumpState / hardhat_: the state as hex bytes (a gzipped, versioned document), for anvil_loadState. */
public final class AnvilDumpState extends DevMethod {
  public AnvilDumpState(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    // anvil takes an optional flag here (whether to keep historical states); there is nothing to choose.
    params.atMost(1);
    return Json.data(dev.dumpState());
  }
}
