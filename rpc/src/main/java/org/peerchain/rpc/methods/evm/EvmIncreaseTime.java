package org.peerchain.rpc.methods.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.anvil.DevMethod;
import org.peerchain.rpc.methods.anvil.DevParams;

/** evm_increaseTime / anvil_increaseTime {@code [seconds]}: the total offset of the block clock, a JSON number as anvil. */
public final class EvmIncreaseTime extends DevMethod {
  public EvmIncreaseTime(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    return LongNode.valueOf(dev.increaseTime(params.required(0, "seconds", DevParams.NUMBER)));
  }
}
