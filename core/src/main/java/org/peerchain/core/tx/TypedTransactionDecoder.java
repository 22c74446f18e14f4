package org.peerchain.core.tx;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.types.UInt256;

/**
 * EIP-2930: 0x01 ‖ rlp([chainId, nonce, gasPrice, gasLimit, to, value, data, accessList, yParity, r, s]);
 * EIP-1559: 0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
 * data, accessList, yParity, r, s]).
 */
final class TypedTransactionDecoder {
  private TypedTransactionDecoder() {}

  /** {@code envelope} is the type byte followed by exactly one RLP list. */
  static Transaction decode(TransactionType type, Bytes envelope) {
    boolean dynamicFee = type == TransactionType.DYNAMIC_FEE;
    String what = "type " + type.code() + " transaction";
    return RlpReader.decodeSingle(envelope.slice(1), top -> {
      FieldReader f = new FieldReader(top.enterList(), what, dynamicFee ? 12 : 11);
      UInt256 chainId = f.readUInt256("chainId");
      UnsignedTransaction.Builder body = UnsignedTransaction.builder(type).nonce(f.readLong("nonce"));
      if (dynamicFee) {
        body.maxPriorityFeePerGas(f.readUInt256("maxPriorityFeePerGas"))
            .maxFeePerGas(f.readUInt256("maxFeePerGas"));
      } else {
        body.gasPrice(f.readUInt256("gasPrice"));
      }
      body.gasLimit(f.readLong("gasLimit"))
          .to(f.readTo())
          .value(f.readUInt256("value"))
          .data(f.readBytes("data"))
          .accessList(f.readAccessList());
      UInt256 yParity = f.readUInt256("yParity");
      UInt256 r = f.readUInt256("r");
      UInt256 s = f.readUInt256("s");
      f.expectEnd();
      return new Transaction(body.build(), chainId, yParity, r, s, envelope);
    });
  }
}
