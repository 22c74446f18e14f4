package org.peerchain.rpc.methods.evm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.anvil.AnvilMine;
import org.peerchain.rpc.methods.anvil.DevMethod;
import org.peerchain.rpc.methods.anvil.DevParams;

/**
 * evm_mine {@code [timestamp?]} or {@code [{timestamp?, blocks?}]}: mines one block (or
 * {@code blocks}), the first at {@code timestamp}; "0x0", as anvil.
 */
public final class EvmMine extends DevMethod {
  public EvmMine(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    JsonNode arg = params.raw(0);
    long blocks = 1;
    OptionalLong timestamp = OptionalLong.empty();
    if (arg != null && arg.isObject()) {
      JsonNode ts = arg.get("timestamp");
      JsonNode count = arg.get("blocks");
      if (ts != null && !ts.isNull()) {
        timestamp = OptionalLong.of(field("timestamp", ts));
      }
      if (count != null && !count.isNull()) {
        blocks = field("blocks", count);
      }
    } else if (arg != null) {
      timestamp = OptionalLong.of(params.required(0, "timestamp", DevParams.NUMBER));
    }
    if (blocks < 1 || blocks > AnvilMine.MAX_BLOCKS) {
      throw RpcException.invalidParams("invalid argument 0 (blocks): " + blocks + " is not in 1.." + AnvilMine.MAX_BLOCKS);
    }
    dev.mine(blocks, OptionalLong.empty(), timestamp);
    return Json.ZERO;
  }

  private static long field(String name, JsonNode value) {
    try {
      return DevParams.NUMBER.parse(value);
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParams("invalid argument 0 (" + name + "): " + e.getMessage());
    }
  }
}
