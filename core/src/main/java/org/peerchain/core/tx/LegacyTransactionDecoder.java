package org.peerchain.core.tx;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.types.UInt256;

/** rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s]). */
final class LegacyTransactionDecoder {
  private LegacyTransactionDecoder() {}

  /** {@code input} is exactly one RLP list; RLP framing errors surface as RlpException. */
  static Transaction decode(Bytes input) {
    return RlpReader.decodeSingle(input, top -> {
      FieldReader f = new FieldReader(top.enterList(), "legacy transaction", 9);
      UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.LEGACY)
          .nonce(f.readLong("nonce"))
          .gasPrice(f.readUInt256("gasPrice"))
          .gasLimit(f.readLong("gasLimit"))
          .to(f.readTo())
          .value(f.readUInt256("value"))
          .data(f.readBytes("data"))
          .build();
      UInt256 v = f.readUInt256("v");
      UInt256 r = f.readUInt256("r");
      UInt256 s = f.readUInt256("s");
      f.expectEnd();
      return new Transaction(body, Transaction.legacyChainId(v), v, r, s, input);
    });
  }
}
