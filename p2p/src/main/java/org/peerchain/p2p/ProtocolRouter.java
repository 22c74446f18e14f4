package org.peerchain.p2p;

import org.peerchain.p2p.gossip.BlockAnnouncements;
import org.peerchain.p2p.gossip.ConsensusGossip;
import org.peerchain.p2p.gossip.TxGossip;
import org.peerchain.p2p.peers.BlockRequests;
import org.peerchain.p2p.peers.PeerExchange;
import org.peerchain.p2p.peers.SnapRequests;
import org.peerchain.p2p.protocol.AccountRange;
import org.peerchain.p2p.protocol.Blocks;
import org.peerchain.p2p.protocol.Consensus;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.GetAccountRange;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.GetPeers;
import org.peerchain.p2p.protocol.GetSnapshotHeights;
import org.peerchain.p2p.protocol.GetTxs;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.NewBlock;
import org.peerchain.p2p.protocol.NewTxHashes;
import org.peerchain.p2p.protocol.Peers;
import org.peerchain.p2p.protocol.ProtocolException;
import org.peerchain.p2p.protocol.SnapshotHeights;
import org.peerchain.p2p.protocol.Txs;
import org.peerchain.p2p.session.MessageRouter;
import org.peerchain.p2p.session.PeerSession;

/** Hands each session message to the part of the network that serves it. */
record ProtocolRouter(ConsensusGossip consensus, TxGossip txs, BlockAnnouncements blocks, BlockRequests requests,
    SnapRequests snapRequests, RequestIntake intake, PeerExchange exchange) implements MessageRouter {

  @Override
  public void onMessage(PeerSession from, Message m) {
    if (m instanceof Consensus c) {
      consensus.onMessage(from, c);
    } else if (m instanceof NewTxHashes n) {
      txs.onAnnouncement(from, n);
    } else if (m instanceof GetTxs || m instanceof GetBlocks || m instanceof GetSnapshotHeights
        || m instanceof GetAccountRange) {
      intake.onMessage(from, m);
    } else if (m instanceof Txs t) {
      txs.onTransactions(from, t);
    } else if (m instanceof NewBlock n) {
      blocks.onAnnouncement(from, n);
    } else if (m instanceof Blocks b) {
      requests.onBlocks(from, b);
    } else if (m instanceof SnapshotHeights h) {
      snapRequests.onHeights(from, h);
    } else if (m instanceof AccountRange a) {
      snapRequests.onRange(from, a);
    } else if (m instanceof GetPeers) {
      exchange.onRequest(from);
    } else if (m instanceof Peers p) {
      exchange.onAnswer(from, p);
    } else {
      // Status, Ping, Pong and Disconnect are consumed before a session's messages get here.
      throw new ProtocolException(DisconnectReason.UNEXPECTED_MESSAGE, m.type() + " in an established session");
    }
  }
}
