package org.peerchain.core.tx;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * Encodes transactions in the two forms Ethereum uses: the EIP-2718 envelope ("opaque" form,
 * what eth_sendRawTransaction carries and what the hash covers: legacy rlp list, or type byte ‖
 * rlp payload) and the network/block-body form, where a typed transaction is wrapped in an RLP
 * string so that a list of transactions stays valid RLP.
 */
public final class TransactionEncoder {
  private TransactionEncoder() {}

  /** The EIP-2718 encoding; for a decoded transaction, the very bytes it was decoded from. */
  public static Bytes encode(Transaction tx) {
    return tx.encoded();
  }

  /** The form inside block bodies and devp2p messages: typed transactions as an RLP string. */
  public static Bytes encodeForNetwork(Transaction tx) {
    return tx.type().isTyped() ? new RlpWriter().writeBytes(tx.encoded()).toBytes() : tx.encoded();
  }

  /** Appends the network form as one item, e.g. into a block body's transaction list. */
  public static void writeTo(RlpWriter writer, Transaction tx) {
    if (tx.type().isTyped()) {
      writer.writeBytes(tx.encoded());
    } else {
      writer.writeRaw(tx.encoded());
    }
  }

  /** What an EIP-155 (legacy) or typed transaction's sender signs for {@code chainId}. */
  public static Bytes signingPayload(UnsignedTransaction body, long chainId) {
    if (chainId < 0) {
      throw new IllegalArgumentException("chain id must be non-negative, got " + chainId);
    }
    return signingPayload(body, UInt256.valueOf(chainId));
  }

  /** What a pre-EIP-155 legacy sender signs: the six fields, without a chain id. */
  public static Bytes signingPayloadWithoutChainId(UnsignedTransaction legacyBody) {
    return signingPayload(legacyBody, null);
  }

  static Bytes signingPayload(UnsignedTransaction body, UInt256 chainId) {
    RlpWriter w = new RlpWriter().startList();
    writeBody(w, body, chainId);
    if (body.type() == TransactionType.LEGACY && chainId != null) {
      // EIP-155: the chain id and two zeros stand where v, r, s go.
      w.writeUInt256(chainId).writeLong(0).writeLong(0);
    }
    Bytes rlp = w.endList().toBytes();
    return body.type().isTyped() ? typeByte(body.type()).concatWith(rlp) : rlp;
  }

  static Bytes encodeFields(Transaction tx) {
    RlpWriter w = new RlpWriter().startList();
    writeBody(w, tx.body(), tx.chainId().orElse(null));
    w.writeUInt256(tx.v()).writeUInt256(tx.r()).writeUInt256(tx.s());
    Bytes rlp = w.endList().toBytes();
    return tx.type().isTyped() ? typeByte(tx.type()).concatWith(rlp) : rlp;
  }

  /** The signed fields in wire order; typed transactions lead with the chain id. */
  private static void writeBody(RlpWriter w, UnsignedTransaction body, UInt256 chainId) {
    if (body.type().isTyped()) {
      if (chainId == null) {
        throw new IllegalArgumentException("a typed transaction needs a chain id");
      }
      w.writeUInt256(chainId);
    }
    w.writeLong(body.nonce());
    if (body.type() == TransactionType.DYNAMIC_FEE) {
      w.writeUInt256(body.maxPriorityFeePerGas());
    }
    w.writeUInt256(body.maxFeePerGas())
        .writeLong(body.gasLimit())
        .writeBytes(body.to().map(a -> a.bytes()).orElse(Bytes.EMPTY))
        .writeUInt256(body.value())
        .writeBytes(body.data());
    if (body.type().isTyped()) {
      w.startList();
      for (AccessListEntry entry : body.accessList()) {
        w.startList().writeAddress(entry.address()).startList();
        for (Hash key : entry.storageKeys()) {
          w.writeHash(key);
        }
        w.endList().endList();
      }
      w.endList();
    }
  }

  private static Bytes typeByte(TransactionType type) {
    return Bytes.of(type.code());
  }
}
