package org.peerchain.p2p.gossip;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.GetTxs;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.Txs;

/**
 * Builds the answer to GetTxs: the requested transactions still in the pool (unknown hashes left
 * out, nothing when none is known), in Txs messages of at most {@link ProtocolLimits#MAX_TXS_BYTES}
 * of transactions, each frame encoded only when the serving loop asks for it. A transaction too
 * large for any Txs message is left out. Runs on the serving executor.
 */
public final class TxServer {
  private final ChainStatus chain;
  private final BiConsumer<PeerId, Hash> sent;

  /** @param sent told of every transaction answered, so gossip does not announce it to that peer again */
  public TxServer(ChainStatus chain, BiConsumer<PeerId, Hash> sent) {
    this.chain = chain;
    this.sent = sent;
  }

  public Iterator<byte[]> answer(PeerId from, GetTxs m) {
    List<Transaction> found = new ArrayList<>();
    for (Hash h : m.hashes()) {
      Optional<Transaction> tx = chain.pooledTx(h);
      if (tx.isPresent() && TransactionEncoder.encode(tx.get()).size() <= ProtocolLimits.MAX_TXS_BYTES) {
        sent.accept(from, h);
        found.add(tx.get());
      }
    }
    return TxBatches.bySize(found, ProtocolLimits.MAX_TXS, ProtocolLimits.MAX_TXS_BYTES).stream()
        .map(batch -> MessageCodec.encodeFrame(new Txs(batch)).toArray())
        .iterator();
  }
}
