package org.peerchain.rpc.methods;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  public Optional<RpcMethod> find(String name) {
    return Optional.ofNullable(methods.get(name));
  }

  public Set<String> names() {
    return methods.keySet();
  }
}
