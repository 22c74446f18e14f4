package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.DevRequestException;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/**
 * A cheat method: one class serves a name and its aliases (anvil_mine and hardhat_mine), each
 * registered under its own name. All are in the DEV namespace, so a node without dev mode has none
 * (-32601). A request the node refuses for its argument is -32602, as anvil answers it.
 */
public abstract class DevMethod implements RpcMethod {
  private final String name;
  protected final DevControl dev;

  protected DevMethod(String name, DevControl dev) {
    this.name = Objects.requireNonNull(name, "name");
    this.dev = Objects.requireNonNull(dev, "dev");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Namespace namespace() {
    return Namespace.DEV;
  }

  @Override
  public final JsonNode execute(RpcParams params, CallContext context) {
    try {
      return run(params);
    } catch (DevRequestException e) {
      throw RpcException.invalidParams(e.getMessage());
    }
  }

  protected abstract JsonNode run(RpcParams params);
}
