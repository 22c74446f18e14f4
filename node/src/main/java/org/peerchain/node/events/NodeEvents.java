package org.peerchain.node.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's event bus: typed subscriptions, called in turn on the publishing thread, so a
 * listener must only enqueue or do something short. A failing listener is logged and does not
 * stop the others or the publisher.
 */
public final class NodeEvents {
  private static final Logger LOG = LoggerFactory.getLogger(NodeEvents.class);

  private record Listener<E extends NodeEvent>(Class<E> type, Consumer<? super E> consumer) {
    void offer(NodeEvent event) {
      if (type.isInstance(event)) {
        consumer.accept(type.cast(event));
      }
    }
  }

  /** Stops a subscription; idempotent. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();

  public <E extends NodeEvent> Subscription subscribe(Class<E> type, Consumer<? super E> consumer) {
    Listener<E> listener = new Listener<>(type, consumer);
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public void publish(NodeEvent event) {
    for (Listener<?> listener : listeners) {
      try {
        listener.offer(event);
      } catch (RuntimeException e) {
        LOG.error("Listener of {} failed", event.getClass().getSimpleName(), e);
      }
    }
  }
}
