package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcParams;

/**
 * anvil_reset / hardhat_reset {@code [options?]}: back to genesis; null. Options with {@code forking}
 * ({@code {jsonRpcUrl?, blockNumber?}}) re-fork, as anvil's: no URL keeps the upstream, no block takes
 * its head; true once the new fork serves. A node that did not fork refuses.
 */
public final class AnvilReset extends DevMethod {
  private static final int MAX_URL_LENGTH = 2048;

  public AnvilReset(String name, DevControl dev) {
    super(name, dev);
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(1);
    JsonNode options = params.raw(0);
    if (options != null) {
      if (!options.isObject()) {
        throw RpcException.invalidParams("invalid argument 0 (options): expected an object");
      }
      JsonNode forking = options.get("forking");
      if (forking != null && !forking.isNull()) {
        return refork(forking);
      }
    }
    dev.reset();
    return Json.NULL;
  }

  private JsonNode refork(JsonNode forking) {
    if (!forking.isObject()) {
      throw RpcException.invalidParams("invalid argument 0 (options): forking: expected an object");
    }
    JsonNode url = forking.get("jsonRpcUrl");
    if (url != null && !url.isNull() && (!url.isTextual() || url.textValue().isEmpty()
        || url.textValue().length() > MAX_URL_LENGTH)) {
      throw RpcException.invalidParams("invalid argument 0 (options): forking.jsonRpcUrl: expected a URL string of at "
          + "most " + MAX_URL_LENGTH + " characters");
    }
    JsonNode block = forking.get("blockNumber");
    OptionalLong number = OptionalLong.empty();
    if (block != null && !block.isNull()) {
      try {
        number = OptionalLong.of(DevParams.NUMBER.parse(block));
      } catch (IllegalArgumentException e) {
        throw RpcException.invalidParams("invalid argument 0 (options): forking.blockNumber: " + e.getMessage());
      }
    }
    if (dev.fork().isEmpty()) {
      throw RpcException.invalidParams("invalid argument 0 (options): forking is not enabled on this node");
    }
    dev.refork(url == null || url.isNull() ? Optional.empty() : Optional.of(url.textValue()), number);
    return Json.TRUE;
  }
}
