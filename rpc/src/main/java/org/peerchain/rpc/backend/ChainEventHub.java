package org.peerchain.rpc.backend;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NewHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ready {@link ChainEvents}: the node publishes, listeners are called in turn on the publishing
 * thread. A failing listener is logged and does not stop the others.
 */
public final class ChainEventHub implements ChainEvents {
  private static final Logger LOG = LoggerFactory.getLogger(ChainEventHub.class);

  private final List<Consumer<NewHead>> headListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<Hash>> txListeners = new CopyOnWriteArrayList<>();

  @Override
  public Registration onNewHead(Consumer<NewHead> listener) {
    return register(headListeners, listener);
  }

  @Override
  public Registration onNewPendingTransaction(Consumer<Hash> listener) {
    return register(txListeners, listener);
  }

  public void publishHead(NewHead head) {
    publish(headListeners, head);
  }

  public void publishPendingTransaction(Hash txHash) {
    publish(txListeners, txHash);
  }

  private static <T> Registration register(List<Consumer<T>> listeners, Consumer<T> listener) {
    // A wrapper per registration, so registering the same listener twice gives two removable entries.
    Consumer<T> entry = listener::accept;
    listeners.add(entry);
    return () -> listeners.remove(entry);
  }

  private static <T> void publish(List<Consumer<T>> listeners, T event) {
    for (Consumer<T> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.error("Chain event listener failed on {}", event, e);
      }
    }
  }
}
