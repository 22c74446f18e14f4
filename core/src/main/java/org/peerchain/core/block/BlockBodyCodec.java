package org.peerchain.core.block;

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

/**
 * rlp([transactions, ommers]) with ommers always empty, as in Ethereum's block bodies message.
 * Transactions are in network form (see {@link TransactionEncoder#writeTo}); a transaction that
 * does not decode fails the whole body with an {@link RlpException} naming its index.
 */
public final class BlockBodyCodec {
  private BlockBodyCodec() {}

  public static Bytes encode(BlockBody body) {
    RlpWriter w = new RlpWriter().startList();
    writeFields(w, body);
    return w.endList().toBytes();
  }

  public static BlockBody decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, r -> {
      RlpReader l = r.enterList();
      BlockBody body = readFields(l);
      l.expectEnd();
      return body;
    });
  }

  /** Writes the two body items (transactions, ommers) into an open list, e.g. a block's. */
  static void writeFields(RlpWriter w, BlockBody body) {
    w.startList();
    for (Transaction tx : body.transactions()) {
      TransactionEncoder.writeTo(w, tx);
    }
    w.endList();
    w.startList().endList();
  }

  static BlockBody readFields(RlpReader l) {
    RlpReader txs = l.enterList();
    List<Transaction> transactions = new ArrayList<>();
    while (txs.hasNext()) {
      int at = txs.position();
      try {
        transactions.add(TransactionDecoder.readFrom(txs));
      } catch (TransactionDecodingException e) {
        throw new RlpException(at, "transaction " + transactions.size() + ": " + e.getMessage(), e);
      }
    }
    txs.expectEnd();
    int at = l.position();
    RlpReader ommers = l.enterList();
    if (ommers.hasNext()) {
      throw new RlpException(at, "ommers must be empty: peerchain blocks have no ommers");
    }
    return new BlockBody(transactions);
  }
}
