package org.peerchain.node.rpc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.peerchain.core.types.Hash;
import org.peerchain.node.events.NodeEvent.HeadAdvanced;
import org.peerchain.node.events.NodeEvent.TxAdmitted;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NewHead;

/**
 * Chain events whose source can change under them: the listeners (filters, subscriptions, the
 * explorer) register here once, and hear whichever node is {@linkplain #attach attached} now, so a
 * re-forked dev node keeps its WebSocket subscriptions.
 */
public final class RelayedChainEvents implements ChainEvents {
  private final List<Consumer<NewHead>> heads = new CopyOnWriteArrayList<>();
  private final List<Consumer<Hash>> pending = new CopyOnWriteArrayList<>();
  private NodeEvents.Subscription headSource;
  private NodeEvents.Subscription pendingSource;

  /** Hears {@code events} from now on, and no longer the node attached before. */
  public synchronized void attach(NodeEvents events) {
    detach();
    headSource = events.subscribe(HeadAdvanced.class, head -> {
      NewHead newHead = new NewHead(head.hash(), head.header());
      heads.forEach(listener -> listener.accept(newHead));
    });
    pendingSource = events.subscribe(TxAdmitted.class, admitted -> pending.forEach(l -> l.accept(admitted.tx().hash())));
  }

  private void detach() {
    if (headSource != null) {
      headSource.close();
      pendingSource.close();
    }
  }

  @Override
  public Registration onNewHead(Consumer<NewHead> listener) {
    heads.add(listener);
    return () -> heads.remove(listener);
  }

  @Override
  public Registration onNewPendingTransaction(Consumer<Hash> listener) {
    pending.add(listener);
    return () -> pending.remove(listener);
  }
}
