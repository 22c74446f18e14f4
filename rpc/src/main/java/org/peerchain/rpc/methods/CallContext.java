package org.peerchain.rpc.methods;

import java.util.Optional;
import org.peerchain.rpc.subscriptions.Subscriptions;

/** Where a call came from: over WebSocket it can open subscriptions, over HTTP it cannot. */
@FunctionalInterface
public interface CallContext {
  CallContext HTTP = Optional::empty;

  Optional<Subscriptions> subscriptions();
}
