package org.peerchain.p2p.protocol;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionDecoder;
import org.peerchain.core.tx.TransactionDecodingException;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Hash;

/** RLP bodies of NewTxHashes, GetTxs ([hash, ...]) and Txs ([EIP-2718 bytes as a string, ...]). */
final class TxMessageCodec {
  private TxMessageCodec() {}

  static void writeHashes(RlpWriter w, List<Hash> hashes) {
    w.startList();
    hashes.forEach(w::writeHash);
    w.endList();
  }

  static List<Hash> readHashes(RlpReader r, int max) {
    RlpReader l = r.enterList();
    List<Hash> hashes = new ArrayList<>();
    while (l.hasNext()) {
      if (hashes.size() == max) {
        throw new RlpException(l.position(), "more than " + max + " hashes");
      }
      hashes.add(l.readHash());
    }
    return hashes;
  }

  static void writeTxs(RlpWriter w, Txs txs) {
    w.startList();
    for (Transaction tx : txs.transactions()) {
      w.writeBytes(TransactionEncoder.encode(tx));
    }
    w.endList();
  }

  static Txs readTxs(RlpReader r) {
    RlpReader l = r.enterList();
    List<Transaction> txs = new ArrayList<>();
    long bytes = 0;
    while (l.hasNext()) {
      if (txs.size() == ProtocolLimits.MAX_TXS) {
        throw new RlpException(l.position(), "more than " + ProtocolLimits.MAX_TXS + " transactions");
      }
      int at = l.position();
      Bytes encoded = l.readBytes();
      bytes += encoded.size();
      if (bytes > ProtocolLimits.MAX_TXS_BYTES) {
        throw new RlpException(at, "transactions of more than " + ProtocolLimits.MAX_TXS_BYTES
            + " bytes (the limit of one Txs message)");
      }
      try {
        // A copy: a decoded transaction keeps its bytes, and a slice would keep the whole frame alive.
        txs.add(TransactionDecoder.decode(Bytes.wrap(encoded.toArray())));
      } catch (TransactionDecodingException e) {
        throw new RlpException(at, "transaction " + txs.size() + ": " + e.getMessage(), e);
      }
    }
    return new Txs(txs);
  }
}
