package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;

/**
 * anvil_setBlockTimestampInterval {@code [seconds]} (each mined block that many seconds after its
 * parent; null) and anvil_removeBlockTimestampInterval (whether one was set).
 */
public final class AnvilBlockTimestampInterval extends DevMethod {
  private final boolean set;

  public AnvilBlockTimestampInterval(String name, DevControl dev, boolean set) {
    super(name, dev);
    this.set = set;
  }

  @Override
  protected JsonNode run(RpcParams params) {
    if (!set) {
      params.atMost(0);
      return dev.removeBlockTimestampInterval() ? Json.TRUE : Json.FALSE;
    }
    params.atMost(1);
    dev.setBlockTimestampInterval(params.required(0, "seconds", DevParams.NUMBER));
    return Json.NULL;
  }
}
