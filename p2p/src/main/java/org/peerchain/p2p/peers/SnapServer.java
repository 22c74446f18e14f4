package org.peerchain.p2p.peers;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.api.RangeAnswer;
import org.peerchain.p2p.protocol.AccountRange;
import org.peerchain.p2p.protocol.GetAccountRange;
import org.peerchain.p2p.protocol.GetSnapshotHeights;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.p2p.protocol.SnapshotHeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the answers to GetSnapshotHeights and GetAccountRange from what the node retains. The
 * asked byte budget is capped at {@link ProtocolLimits#MAX_ACCOUNT_RANGE_BYTES}, so one request
 * costs us a bounded read whatever it asks. A root we do not serve, or a read that fails, is
 * answered with an empty AccountRange (no accounts, no proof). Runs on the serving executor
 * ({@link RequestServer}), never on an I/O thread.
 */
public final class SnapServer {
  private static final Logger LOG = LoggerFactory.getLogger(SnapServer.class);

  private final ChainStatus chain;

  public SnapServer(ChainStatus chain) {
    this.chain = chain;
  }

  public Iterator<byte[]> answer(GetSnapshotHeights m) {
    List<SnapshotHeight> all;
    try {
      all = chain.snapshotHeights();
    } catch (RuntimeException e) {
      LOG.error("Reading the snapshot heights failed", e);
      all = List.of();
    }
    // The newest ones are what a syncing node wants.
    List<SnapshotHeight> newest = all.subList(Math.max(0, all.size() - ProtocolLimits.MAX_SNAPSHOT_HEIGHTS), all.size());
    return frame(new SnapshotHeights(m.requestId(), newest));
  }

  public Iterator<byte[]> answer(GetAccountRange m) {
    return frame(range(m));
  }

  AccountRange range(GetAccountRange m) {
    int budget = Math.min(m.byteBudget(), ProtocolLimits.MAX_ACCOUNT_RANGE_BYTES);
    Optional<RangeAnswer> answer;
    try {
      answer = chain.accountRange(m.root(), m.startHash(), m.limitHash(), budget);
    } catch (RuntimeException e) {
      LOG.error("Reading accounts {}..{} of root {} failed", m.startHash(), m.limitHash(), m.root(), e);
      answer = Optional.empty();
    }
    if (answer.isEmpty()) {
      return new AccountRange(m.requestId(), List.of(), List.of());
    }
    try {
      return new AccountRange(m.requestId(), answer.get().accounts(), answer.get().proof());
    } catch (IllegalArgumentException e) {
      LOG.error("The range {}..{} of root {} does not fit an AccountRange: {}", m.startHash(), m.limitHash(), m.root(),
          e.getMessage());
      return new AccountRange(m.requestId(), List.of(), List.of());
    }
  }

  private static Iterator<byte[]> frame(Message m) {
    return List.of(MessageCodec.encodeFrame(m).toArray()).iterator();
  }
}
