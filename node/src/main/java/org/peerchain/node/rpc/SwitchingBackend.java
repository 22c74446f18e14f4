package org.peerchain.node.rpc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.server.RpcBackend;

/**
 * An RPC backend whose node can be replaced while the server runs (a dev node's re-fork): each part
 * the server holds forwards to the current node's. A call runs under a read lock and a switch under
 * the write lock, so the old node is closed only once no call still reads its database, and no call
 * sees half of each.
 *
 * <p>Why proxies: the parts are five interfaces of some fifty methods, all forwarded alike; a
 * hand-written delegate per interface would be that many lines of the same call. Events and the dev
 * signer are not switched: the events are a {@link RelayedChainEvents} the caller re-attaches, and
 * the dev accounts stay the same.
 */
public final class SwitchingBackend {
  /** Runs outside the lock: it switches the backend itself, from a call on the old one. */
  private static final Set<String> UNGUARDED = Set.of("refork");

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final RpcBackend served;
  private volatile RpcBackend current;

  public SwitchingBackend(RpcBackend first) {
    this.current = Objects.requireNonNull(first, "first");
    this.served = new RpcBackend(
        forward(ChainAccess.class, RpcBackend::chain),
        forward(TxSubmitter.class, RpcBackend::pool),
        forward(NodeInfo.class, RpcBackend::node),
        first.events(),
        first.devSigner(),
        forward(AddressHistory.class, RpcBackend::history),
        first.devControl().map(ignored -> forward(DevControl.class, b -> b.devControl().orElseThrow())));
  }

  /** What the RPC server serves. */
  public RpcBackend backend() {
    return served;
  }

  /**
   * Makes {@code next} the backend once no call runs on the current one, then runs {@code afterSwitch}
   * (closing the old node) before any call runs on {@code next}.
   */
  public void switchTo(RpcBackend next, Runnable afterSwitch) {
    Objects.requireNonNull(next, "next");
    if (next.devControl().isPresent() != served.devControl().isPresent()) {
      throw new IllegalArgumentException("a switch keeps or drops the dev cheats, not both");
    }
    lock.writeLock().lock();
    try {
      current = next;
      afterSwitch.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private <T> T forward(Class<T> type, Function<RpcBackend, T> part) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "switching " + type.getSimpleName();
        };
      }
      boolean guarded = !UNGUARDED.contains(method.getName());
      if (guarded) {
        lock.readLock().lock();
      }
      try {
        return method.invoke(part.apply(current), args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        if (guarded) {
          lock.readLock().unlock();
        }
      }
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
