package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcParams;

/** anvil_mine / hardhat_mine {@code [count?, interval?]}: mines count blocks (default 1), interval seconds apart; null. */
public final class AnvilMine extends DevMethod {
  /** A request mines at most this many blocks: each is a real, stored block. */
  public static final long MAX_BLOCKS = 10_000;

  public AnvilMine(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(2);
    long count = params.optional(0, "blocks", DevParams.NUMBER, 1L);
    if (count < 1 || count > MAX_BLOCKS) {
      throw RpcException.invalidParams("invalid argument 0 (blocks): " + count + " is not in 1.." + MAX_BLOCKS);
    }
    Long interval = params.optional(1, "interval", DevParams.NUMBER, null);
    dev.mine(count, interval == null ? OptionalLong.empty() : OptionalLong.of(interval), OptionalLong.empty());
    return Json.NULL;
  }
}
