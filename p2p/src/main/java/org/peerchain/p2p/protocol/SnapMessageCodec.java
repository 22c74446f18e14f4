package org.peerchain.p2p.protocol;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;

/**
 * RLP bodies of the snapshot messages (protocol version 3): GetSnapshotHeights [requestId],
 * SnapshotHeights [requestId, [[height, blockHash, stateRoot], ...]], GetAccountRange
 * [requestId, root, startHash, limitHash, byteBudget] and AccountRange
 * [requestId, [[accountHash, account], ...], [proofNode, ...]]. Counts are checked while reading,
 * before a list is buffered; order and sizes are checked by the records.
 */
final class SnapMessageCodec {
  private SnapMessageCodec() {}

  static void writeGetSnapshotHeights(RlpWriter w, GetSnapshotHeights m) {
    w.startList().writeLong(m.requestId()).endList();
  }

  static GetSnapshotHeights readGetSnapshotHeights(RlpReader r) {
    RlpReader l = r.enterList();
    GetSnapshotHeights m = new GetSnapshotHeights(l.readLong());
    l.expectEnd();
    return m;
  }

  static void writeSnapshotHeights(RlpWriter w, SnapshotHeights m) {
    w.startList().writeLong(m.requestId()).startList();
    for (SnapshotHeight h : m.heights()) {
      w.startList().writeLong(h.height()).writeHash(h.blockHash()).writeHash(h.stateRoot()).endList();
    }
    w.endList().endList();
  }

  static SnapshotHeights readSnapshotHeights(RlpReader r) {
    RlpReader l = r.enterList();
    long requestId = l.readLong();
    RlpReader items = l.enterList();
    List<SnapshotHeight> heights = new ArrayList<>();
    while (items.hasNext()) {
      if (heights.size() == ProtocolLimits.MAX_SNAPSHOT_HEIGHTS) {
        throw new RlpException(items.position(), "more than " + ProtocolLimits.MAX_SNAPSHOT_HEIGHTS + " snapshot heights");
      }
      RlpReader h = items.enterList();
      long height = h.readLong();
      if (height < 0) {
        throw new RlpException(items.position(), "a snapshot height of 2^63 or more");
      }
      heights.add(new SnapshotHeight(height, h.readHash(), h.readHash()));
      h.expectEnd();
    }
    l.expectEnd();
    return new SnapshotHeights(requestId, heights);
  }

  static void writeGetAccountRange(RlpWriter w, GetAccountRange m) {
    w.startList().writeLong(m.requestId()).writeHash(m.root()).writeHash(m.startHash()).writeHash(m.limitHash())
        .writeInt(m.byteBudget()).endList();
  }

  static GetAccountRange readGetAccountRange(RlpReader r) {
    RlpReader l = r.enterList();
    GetAccountRange m = new GetAccountRange(l.readLong(), l.readHash(), l.readHash(), l.readHash(), l.readInt());
    l.expectEnd();
    return m;
  }

  static void writeAccountRange(RlpWriter w, AccountRange m) {
    w.startList().writeLong(m.requestId()).startList();
    for (AccountEntry a : m.accounts()) {
      w.startList().writeHash(a.accountHash()).writeBytes(a.account()).endList();
    }
    w.endList().startList();
    m.proof().forEach(w::writeBytes);
    w.endList().endList();
  }

  static AccountRange readAccountRange(RlpReader r) {
    RlpReader l = r.enterList();
    long requestId = l.readLong();
    RlpReader items = l.enterList();
    List<AccountEntry> accounts = new ArrayList<>();
    while (items.hasNext()) {
      if (accounts.size() == ProtocolLimits.MAX_RANGE_ACCOUNTS) {
        throw new RlpException(items.position(), "more than " + ProtocolLimits.MAX_RANGE_ACCOUNTS + " accounts");
      }
      RlpReader a = items.enterList();
      // Copies: an account outlives the frame it came in, and a slice would keep the frame alive.
      accounts.add(new AccountEntry(a.readHash(), copy(a.readBytes())));
      a.expectEnd();
    }
    RlpReader nodes = l.enterList();
    List<Bytes> proof = new ArrayList<>();
    while (nodes.hasNext()) {
      if (proof.size() == ProtocolLimits.MAX_PROOF_NODES) {
        throw new RlpException(nodes.position(), "more than " + ProtocolLimits.MAX_PROOF_NODES + " proof nodes");
      }
      proof.add(copy(nodes.readBytes()));
    }
    l.expectEnd();
    return new AccountRange(requestId, accounts, proof);
  }

  private static Bytes copy(Bytes b) {
    return Bytes.wrap(b.toArray());
  }
}
