package org.peerchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.server.RpcBackend;

/** A switch waits for the calls on the old node, and every later call reaches the new one. */
class SwitchingBackendTest {
  private static final AddressHistory.Entry OLD = new AddressHistory.Entry(1, 0, Hash.ZERO);
  private static final AddressHistory.Entry NEW = new AddressHistory.Entry(2, 0, Hash.ZERO);

  @Test
  void callsReachTheCurrentBackendAndASwitchWaitsForCallsInFlight() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    SwitchingBackend switching = new SwitchingBackend(backend(history(OLD, entered, release)));
    AddressHistory served = switching.backend().history();

    Thread call = new Thread(() -> served.before(null, 0, 1));
    call.start();
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    AtomicBoolean closedOld = new AtomicBoolean();
    Thread switcher = new Thread(() -> switching.switchTo(backend(history(NEW, new CountDownLatch(1), null)),
        () -> closedOld.set(true)));
    switcher.start();
    for (int i = 0; i < 1000 && switcher.getState() != Thread.State.WAITING; i++) {
      Thread.sleep(5);
    }
    assertThat(switcher.getState()).isEqualTo(Thread.State.WAITING);
    assertThat(closedOld).isFalse(); // the old node is still being read
    release.countDown();
    switcher.join(10_000);
    call.join(10_000);
    assertThat(closedOld).isTrue();
    assertThat(served.before(null, 0, 1)).containsExactly(NEW);
  }

  @Test
  void exceptionsOfTheNodeReachTheCallerUnwrapped() {
    AddressHistory failing = new AddressHistory() {
      @Override
      public List<Entry> before(Address address, long beforeBlock, int limit) {
        throw new IllegalStateException("pruned");
      }

      @Override
      public List<Entry> after(Address address, long afterBlock, int limit) {
        return List.of();
      }
    };
    SwitchingBackend switching = new SwitchingBackend(backend(failing));
    assertThatThrownBy(() -> switching.backend().history().before(null, 0, 1))
        .isInstanceOf(IllegalStateException.class).hasMessage("pruned");
  }

  private static AddressHistory history(AddressHistory.Entry entry, CountDownLatch entered, CountDownLatch release) {
    return new AddressHistory() {
      @Override
      public List<Entry> before(Address address, long beforeBlock, int limit) {
        entered.countDown();
        if (release != null) {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return List.of(entry);
      }

      @Override
      public List<Entry> after(Address address, long afterBlock, int limit) {
        return List.of(entry);
      }
    };
  }

  private static RpcBackend backend(AddressHistory history) {
    return new RpcBackend(unused(ChainAccess.class), unused(TxSubmitter.class), unused(NodeInfo.class), ChainEvents.NONE,
        Optional.empty(), history);
  }

  private static <T> T unused(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
      throw new UnsupportedOperationException(m.getName());
    }));
  }
}
