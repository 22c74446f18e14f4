package org.peerchain.node.rpc;

import java.util.function.Consumer;
import org.peerchain.core.types.Hash;
import org.peerchain.node.events.NodeEvent.HeadAdvanced;
import org.peerchain.node.events.NodeEvent.TxAdmitted;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NewHead;

/** The node's events as the RPC's subscriptions and filters see them. */
final class NodeChainEvents implements ChainEvents {
  private final NodeEvents events;

  NodeChainEvents(NodeEvents events) {
    this.events = events;
  }

  @Override
  public Registration onNewHead(Consumer<NewHead> listener) {
    return events.subscribe(HeadAdvanced.class, head -> listener.accept(new NewHead(head.hash(), head.header())))::close;
  }

  @Override
  public Registration onNewPendingTransaction(Consumer<Hash> listener) {
    return events.subscribe(TxAdmitted.class, admitted -> listener.accept(admitted.tx().hash()))::close;
  }
}
