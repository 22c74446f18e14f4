package org.peerchain.rpc.subscriptions;

/** One client connection that can receive pushed messages. */
public interface NotificationSink {
  /**
   * Queues {@code json} for sending without blocking. False when the connection is closed or too
   * far behind; its subscriptions are then dropped.
   */
  boolean send(String json);
}
