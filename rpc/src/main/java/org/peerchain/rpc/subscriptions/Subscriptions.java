package org.peerchain.rpc.subscriptions;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The subscriptions of one WebSocket connection, at most {@code limit} at a time. */
public final class Subscriptions {
  private final SubscriptionHub hub;
  private final NotificationSink sink;
  private final int limit;
  private final Set<String> ids = ConcurrentHashMap.newKeySet();

  public Subscriptions(SubscriptionHub hub, NotificationSink sink, int limit) {
    this.hub = hub;
    this.sink = sink;
    this.limit = limit;
  }

  /** The new subscription's id; empty when the connection already has {@code limit}. */
  public synchronized Optional<String> subscribe(SubscriptionKind kind) {
    if (ids.size() >= limit) {
      return Optional.empty();
    }
    String id = SubscriptionIds.next();
    ids.add(id);
    hub.add(id, new SubscriptionHub.Entry(kind, sink, this));
    return Optional.of(id);
  }

  /** False when this connection has no subscription {@code id}. */
  public boolean unsubscribe(String id) {
    if (!ids.remove(id)) {
      return false;
    }
    hub.remove(id);
    return true;
  }

  public int size() {
    return ids.size();
  }

  /** On disconnect. */
  public void closeAll() {
    for (String id : Set.copyOf(ids)) {
      unsubscribe(id);
    }
  }
}
