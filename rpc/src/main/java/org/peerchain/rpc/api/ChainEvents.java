package org.peerchain.rpc.api;

import java.util.function.Consumer;
import org.peerchain.core.types.Hash;

/**
 * New heads and newly pooled transactions, for subscriptions and filters. The node calls the
 * listeners on its own threads; the RPC side only enqueues, so a listener returns at once.
 */
public interface ChainEvents {
  ChainEvents NONE = new ChainEvents() {
    @Override
    public Registration onNewHead(Consumer<NewHead> listener) {
      return () -> {};
    }

    @Override
    public Registration onNewPendingTransaction(Consumer<Hash> listener) {
      return () -> {};
    }
  };

  Registration onNewHead(Consumer<NewHead> listener);

  Registration onNewPendingTransaction(Consumer<Hash> listener);

  /** Stops the listener; idempotent. */
  @FunctionalInterface
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
