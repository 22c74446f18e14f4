package org.peerchain.p2p;

import java.util.Iterator;
import java.util.function.Supplier;
import org.peerchain.p2p.gossip.TxServer;
import org.peerchain.p2p.peers.BlockServer;
import org.peerchain.p2p.peers.Penalizer;
import org.peerchain.p2p.peers.Penalties;
import org.peerchain.p2p.peers.RequestServer;
import org.peerchain.p2p.peers.SnapServer;
import org.peerchain.p2p.protocol.GetAccountRange;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.GetSnapshotHeights;
import org.peerchain.p2p.protocol.GetTxs;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.session.MessageRouter;
import org.peerchain.p2p.session.PeerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes peers' requests to the serving queue, where they are answered off the I/O threads. A
 * GetBlocks beyond the peer's outstanding limit is refused and costs it a little. A GetTxs beyond
 * it is dropped for free: honest peers pull a whole announcement at once, and an unanswered GetTxs
 * is asked of another peer after a few seconds. Snapshot requests (GetSnapshotHeights,
 * GetAccountRange) share one limit and are refused beyond it like GetBlocks.
 */
record RequestIntake(RequestServer serving, BlockServer blocks, TxServer txs, SnapServer snap, Penalizer penalizer)
    implements MessageRouter {
  private static final Logger LOG = LoggerFactory.getLogger(RequestIntake.class);

  @Override
  public void onMessage(PeerSession from, Message m) {
    if (m instanceof GetBlocks g) {
      if (!serving.submit(from, RequestServer.Kind.BLOCKS, () -> blocks.answer(g))) {
        penalizer.penalize(from, Penalties.TOO_MANY_REQUESTS, "GetBlocks " + Long.toUnsignedString(g.requestId())
            + " beyond the limit of outstanding requests");
      }
    } else if (m instanceof GetTxs g) {
      if (!serving.submit(from, RequestServer.Kind.TXS, () -> txs.answer(from.id(), g))) {
        LOG.debug("Peer {} has too many GetTxs outstanding; dropped one", from);
      }
    } else if (m instanceof GetSnapshotHeights g) {
      snapshot(from, g.requestId(), () -> snap.answer(g));
    } else if (m instanceof GetAccountRange g) {
      snapshot(from, g.requestId(), () -> snap.answer(g));
    } else {
      throw new IllegalArgumentException("not a request: " + m.type());
    }
  }

  private void snapshot(PeerSession from, long requestId, Supplier<Iterator<byte[]>> answer) {
    if (!serving.submit(from, RequestServer.Kind.SNAP, answer)) {
      penalizer.penalize(from, Penalties.TOO_MANY_REQUESTS, "snapshot request " + Long.toUnsignedString(requestId)
          + " beyond the limit of outstanding requests");
    }
  }
}
