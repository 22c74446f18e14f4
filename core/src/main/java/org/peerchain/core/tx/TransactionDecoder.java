package org.peerchain.core.tx;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;

/**
 * Decodes transactions strictly (canonical RLP only, exact field counts and sizes), so that every
 * accepted transaction re-encodes to the bytes its hash covers. Every failure is a
 * {@link TransactionDecodingException}; decoding does not check signatures or the chain id (see
 * {@link TransactionValidator}).
 */
public final class TransactionDecoder {
  private TransactionDecoder() {}

  /**
   * Decodes the EIP-2718 encoding (eth_sendRawTransaction's input): an RLP list for legacy,
   * otherwise a type byte followed by the RLP payload. The result keeps {@code encoded} (no copy).
   */
  public static Transaction decode(Bytes encoded) {
    if (encoded.isEmpty()) {
      throw new TransactionDecodingException("empty input: expected a transaction");
    }
    int first = encoded.getUnsigned(0);
    try {
      if (first >= 0xc0) {
        return LegacyTransactionDecoder.decode(encoded);
      }
      if (first >= 0x80) {
        throw new TransactionDecodingException(String.format(
            "not a transaction: leading byte 0x%02x starts an RLP string, expected a legacy RLP list or a type byte 0x01-0x7f", first));
      }
      return switch (first) {
        case 1 -> TypedTransactionDecoder.decode(TransactionType.ACCESS_LIST, encoded);
        case 2 -> TypedTransactionDecoder.decode(TransactionType.DYNAMIC_FEE, encoded);
        default -> throw new UnsupportedTransactionTypeException(first);
      };
    } catch (RlpException e) {
      String what = first >= 0xc0 ? "legacy transaction" : "type " + first + " transaction payload";
      throw new TransactionDecodingException("malformed " + what + ": " + e.getMessage(), e);
    }
  }

  /** Decodes one transaction in network/block-body form: a legacy list, or a typed one wrapped in an RLP string. */
  public static Transaction decodeNetworkForm(Bytes item) {
    try {
      return RlpReader.decodeSingle(item, TransactionDecoder::readFrom);
    } catch (RlpException e) {
      throw new TransactionDecodingException("malformed transaction item: " + e.getMessage(), e);
    }
  }

  /** Reads the next transaction in network form from a list, e.g. a block body's transactions. */
  public static Transaction readFrom(RlpReader reader) {
    try {
      if (reader.nextIsList()) {
        return decode(reader.readRaw());
      }
      Bytes envelope = reader.readBytes();
      if (envelope.isEmpty() || envelope.getUnsigned(0) >= 0x80) {
        throw new TransactionDecodingException(
            "a transaction in network form must be an RLP list (legacy) or an RLP string holding a typed transaction");
      }
      return decode(envelope);
    } catch (RlpException e) {
      throw new TransactionDecodingException("malformed transaction item: " + e.getMessage(), e);
    }
  }
}
