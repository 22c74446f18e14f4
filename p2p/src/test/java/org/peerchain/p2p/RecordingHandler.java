package org.peerchain.p2p;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.api.Validation;
import org.peerchain.p2p.identity.PeerId;

/** A P2pHandler that records every callback. */
public class RecordingHandler implements P2pHandler {
  public record Received(PeerId from, Object what) {}

  public final List<Received> consensus = new CopyOnWriteArrayList<>();
  public final List<Received> transactions = new CopyOnWriteArrayList<>();
  public final List<Received> newBlocks = new CopyOnWriteArrayList<>();
  public final List<PeerInfo> connected = new CopyOnWriteArrayList<>();
  public final List<PeerInfo> disconnected = new CopyOnWriteArrayList<>();

  /** The verdict given to every consensus message, at once; tests change it to play a strict node. */
  public volatile Validation verdict = Validation.ACCEPT;

  @Override
  public void onConsensusMessage(PeerId from, byte[] message, Consumer<Validation> verdict) {
    consensus.add(new Received(from, Bytes.wrap(message)));
    verdict.accept(this.verdict);
  }

  @Override
  public void onTransactions(PeerId from, List<Transaction> txs) {
    txs.forEach(tx -> transactions.add(new Received(from, tx)));
  }

  @Override
  public void onNewBlock(PeerId from, long height, Hash hash) {
    newBlocks.add(new Received(from, hash));
  }

  @Override
  public void onPeerConnected(PeerInfo peer) {
    connected.add(peer);
  }

  @Override
  public void onPeerDisconnected(PeerInfo peer) {
    disconnected.add(peer);
  }
}
