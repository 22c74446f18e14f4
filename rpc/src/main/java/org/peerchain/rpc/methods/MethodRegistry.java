package org.peerchain.rpc.methods;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peerchain.rpc.methods.eth.EthMethods;
import org.peerchain.rpc.methods.net.NetMethods;
import org.peerchain.rpc.methods.peerchain.PeerchainMethods;
import org.peerchain.rpc.methods.txpool.TxpoolMethods;
import org.peerchain.rpc.methods.web3.Web3Methods;

/** The methods of the enabled namespaces, by wire name. Immutable once built. */
public final class MethodRegistry {
  private final Map<String, RpcMethod> methods;

  public MethodRegistry(List<RpcMethod> all, Set<Namespace> enabled) {
    Map<String, RpcMethod> byName = new HashMap<>();
    for (RpcMethod m : all) {
      if (enabled.contains(m.namespace()) && byName.put(m.name(), m) != null) {
        throw new IllegalArgumentException("method registered twice: " + m.name());
      }
    }
    this.methods = Map.copyOf(byName);
  }

  /** Every method peerchain has, filtered by {@code enabled}. */
  public static MethodRegistry standard(MethodContext ctx, Set<Namespace> enabled) {
    List<RpcMethod> all = new ArrayList<>();
    all.addAll(Web3Methods.create(ctx));
    all.addAll(NetMethods.create(ctx));
    all.addAll(EthMethods.create(ctx));
    all.addAll(TxpoolMethods.create(ctx));
    all.addAll(PeerchainMethods.create(ctx));
    return new MethodRegistry(all, enabled);
  }

  public Optional<RpcMethod> find(String name) {
    return Optional.ofNullable(methods.get(name));
  }

  public Set<String> names() {
    return methods.keySet();
  }
}
