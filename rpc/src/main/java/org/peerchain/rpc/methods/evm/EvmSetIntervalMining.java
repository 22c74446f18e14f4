package org.peerchain.rpc.methods.evm;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.anvil.DevMethod;
import org.peerchain.rpc.methods.anvil.DevParams;

/**
 * evm_setIntervalMining / anvil_setIntervalMining {@code [milliseconds]}: a block every interval
 * (automine off); 0 stops it; null.
 */
public final class EvmSetIntervalMining extends DevMethod {
  /** A day: longer is a mistake, and the timer would wait that long. */
  static final long MAX_MS = 86_400_000L;

  public EvmSetIntervalMining(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    long ms = params.required(0, "interval", DevParams.NUMBER);
    if (ms > MAX_MS) {
      throw RpcException.invalidParams("invalid argument 0 (interval): " + ms + " ms is more than a day");
    }
    dev.setIntervalMining(ms);
    return Json.NULL;
  }
}
