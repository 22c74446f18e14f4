package org.peerchain.core.block;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;

/**
 * EIP-2718 receipt envelopes: legacy = rlp([status, cumulativeGasUsed, logsBloom, logs]), typed =
 * type ‖ the same list. Status is EIP-658's (0x01 success, empty failure); pre-Byzantium state-root
 * receipts are refused. These are the bytes the receipts trie hashes.
 *
 * <p>In a list of receipts a legacy envelope is spliced in as the list item it already is and a
 * typed one is wrapped as an RLP string, the same network form transactions use in block bodies.
 */
public final class ReceiptCodec {
  /** Largest EIP-2718 type byte: above it the first byte would be an RLP header. */
  private static final int MAX_TYPE = 0x7f;

  private ReceiptCodec() {}

  public static Bytes encode(Receipt receipt) {
    Bytes payload = new RlpWriter().startList()
        .writeLong(receipt.success() ? 1 : 0)
        .writeLong(receipt.cumulativeGasUsed())
        .writeBytes(BlockHeader.ZERO_BLOOM)
        .startList().endList()
        .endList()
        .toBytes();
    return receipt.type() == Receipt.TYPE_LEGACY ? payload : Bytes.of(receipt.type()).concatWith(payload);
  }

  public static Receipt decode(Bytes envelope) {
    if (envelope.isEmpty()) {
      throw new RlpException(0, "empty input, expected a receipt");
    }
    int first = envelope.getUnsigned(0);
    if (first >= 0xc0) {
      return RlpReader.decodeSingle(envelope, r -> readPayload(r, Receipt.TYPE_LEGACY));
    }
    if (first > MAX_TYPE) {
      throw new RlpException(0, String.format(
          "a receipt is an RLP list or a type byte followed by one, found first byte 0x%02x", first));
    }
    if (first == Receipt.TYPE_LEGACY) {
      throw new RlpException(0, "type 0x00 is not an envelope: legacy receipts are a plain RLP list");
    }
    if (!Receipt.isSupportedType(first)) {
      throw new RlpException(0, String.format("unsupported receipt type 0x%02x (supported: 0x01, 0x02)", first));
    }
    if (envelope.size() == 1) {
      throw new RlpException(1, "typed receipt has no payload after its type byte");
    }
    // Offsets in errors below are into the payload, one byte after the type.
    return RlpReader.decodeSingle(envelope.slice(1), r -> readPayload(r, first));
  }

  /** Encodes the receipts of one block as a list of envelopes in the block-body form. */
  public static Bytes encodeList(List<Receipt> receipts) {
    RlpWriter w = new RlpWriter().startList();
    for (Receipt receipt : receipts) {
      Bytes envelope = encode(receipt);
      if (receipt.type() == Receipt.TYPE_LEGACY) {
        w.writeRaw(envelope);
      } else {
        w.writeBytes(envelope);
      }
    }
    return w.endList().toBytes();
  }

  public static List<Receipt> decodeList(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, r -> {
      RlpReader l = r.enterList();
      List<Receipt> receipts = new ArrayList<>();
      while (l.hasNext()) {
        int at = l.position();
        Bytes envelope = readListItem(l);
        try {
          receipts.add(decode(envelope));
        } catch (RlpException e) {
          throw new RlpException(at, "receipt " + receipts.size() + ": " + e.getMessage(), e);
        }
      }
      l.expectEnd();
      return List.copyOf(receipts);
    });
  }

  /**
   * Reads one envelope in the form {@link #encodeList} writes. A string must hold a typed envelope:
   * a legacy list wrapped in one would decode but not re-encode to the same bytes.
   */
  private static Bytes readListItem(RlpReader l) {
    if (l.nextIsList()) {
      return l.readRaw();
    }
    int at = l.position();
    Bytes typed = l.readBytes();
    if (!typed.isEmpty() && typed.getUnsigned(0) > MAX_TYPE) {
      throw new RlpException(at, String.format("typed receipt has type 0x%02x, above 0x7f", typed.getUnsigned(0)));
    }
    return typed;
  }

  private static Receipt readPayload(RlpReader r, int type) {
    RlpReader l = r.enterList();
    int at = l.position();
    if (l.nextIsList()) {
      throw new RlpException(at, "receipt status must be a string, found a list");
    }
    Bytes status = l.readBytes();
    boolean success;
    if (status.isEmpty()) {
      success = false;
    } else if (status.size() == 1 && status.get(0) == 1) {
      success = true;
    } else if (status.size() == 32) {
      throw new RlpException(at, "pre-Byzantium receipts (post-state root instead of status) are not supported");
    } else {
      throw new RlpException(at, "receipt status must be empty (failure) or 0x01 (success), got " + status);
    }
    at = l.position();
    long cumulativeGasUsed = l.readLong();
    if (cumulativeGasUsed < 0) {
      throw new RlpException(at, "cumulativeGasUsed " + Long.toUnsignedString(cumulativeGasUsed) + " exceeds 2^63-1");
    }
    at = l.position();
    Bytes bloom = l.readBytes();
    if (bloom.size() != BlockHeader.BLOOM_SIZE) {
      throw new RlpException(at, "receipt logsBloom must be 256 bytes, got " + bloom.size());
    }
    if (!bloom.isZero()) {
      throw new RlpException(at, "receipt logsBloom must be zero: peerchain receipts have no logs");
    }
    at = l.position();
    RlpReader logs = l.enterList();
    if (logs.hasNext()) {
      throw new RlpException(at, "receipt has logs, but peerchain runs no contracts and its receipts carry none");
    }
    l.expectEnd();
    return new Receipt(type, success, cumulativeGasUsed);
  }
}
