package org.peerchain.core.block;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * rlp([parentHash, ommersHash, coinbase, stateRoot, transactionsRoot, receiptsRoot, logsBloom,
 * difficulty, number, gasLimit, gasUsed, timestamp, extraData, mixHash, nonce, baseFeePerGas]).
 *
 * <p>Decoding is strict: exactly sixteen canonical fields, and the fields peerchain keeps constant
 * must hold their constants. Otherwise one block could be sent under many hashes (a different nonce
 * or mixHash changes the hash, not the content), and every node would have to agree on which wins.
 */
public final class BlockHeaderCodec {
  private BlockHeaderCodec() {}

  public static Bytes encode(BlockHeader h) {
    RlpWriter w = new RlpWriter();
    write(w, h);
    return w.toBytes();
  }

  public static void write(RlpWriter w, BlockHeader h) {
    w.startList()
        .writeHash(h.parentHash())
        .writeHash(h.ommersHash())
        .writeAddress(h.coinbase())
        .writeHash(h.stateRoot())
        .writeHash(h.transactionsRoot())
        .writeHash(h.receiptsRoot())
        .writeBytes(h.logsBloom())
        .writeUInt256(h.difficulty())
        .writeLong(h.number())
        .writeLong(h.gasLimit())
        .writeLong(h.gasUsed())
        .writeLong(h.timestamp())
        .writeBytes(h.extraData())
        .writeHash(h.mixHash())
        .writeBytes(h.nonce())
        .writeUInt256(h.baseFeePerGas())
        .endList();
  }

  public static BlockHeader decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, BlockHeaderCodec::read);
  }

  /** Reads one header item from {@code r}. */
  public static BlockHeader read(RlpReader r) {
    RlpReader l = r.enterList();
    BlockHeader.Builder b = BlockHeader.builder()
        .parentHash(l.readHash())
        .ommersHash(constant(l.readHash(), BlockHeader.EMPTY_OMMERS_HASH, "ommersHash"))
        .coinbase(l.readAddress())
        .stateRoot(l.readHash())
        .transactionsRoot(l.readHash())
        .receiptsRoot(l.readHash())
        .logsBloom(zero(fixed(l, BlockHeader.BLOOM_SIZE, "logsBloom"), "logsBloom"));
    UInt256 difficulty = l.readUInt256();
    if (!difficulty.isZero()) {
      throw new RlpException("difficulty must be 0 in a peerchain header, got " + difficulty);
    }
    b.number(nonNegative(l, "number"))
        .gasLimit(nonNegative(l, "gasLimit"))
        .gasUsed(nonNegative(l, "gasUsed"))
        .timestamp(nonNegative(l, "timestamp"));
    int at = l.position();
    Bytes extraData = l.readBytes();
    if (extraData.size() > BlockHeader.MAX_EXTRA_DATA) {
      throw new RlpException(at, "extraData is at most 32 bytes, got " + extraData.size());
    }
    b.extraData(extraData)
        .mixHash(constant(l.readHash(), Hash.ZERO, "mixHash"))
        .nonce(zero(fixed(l, BlockHeader.NONCE_SIZE, "nonce"), "nonce"))
        .baseFeePerGas(l.readUInt256());
    // A seventeenth field would be a Shanghai (withdrawals) or later header: not ours.
    l.expectEnd();
    return b.build();
  }

  private static long nonNegative(RlpReader l, String field) {
    int at = l.position();
    long v = l.readLong();
    if (v < 0) {
      throw new RlpException(at, field + " " + Long.toUnsignedString(v) + " exceeds 2^63-1");
    }
    return v;
  }

  private static Bytes fixed(RlpReader l, int size, String field) {
    int at = l.position();
    Bytes v = l.readBytes();
    if (v.size() != size) {
      throw new RlpException(at, field + " must be " + size + " bytes, got " + v.size());
    }
    return v;
  }

  private static Bytes zero(Bytes v, String field) {
    if (!v.isZero()) {
      throw new RlpException(field + " must be all zero in a peerchain header, got " + v);
    }
    return v;
  }

  private static Hash constant(Hash v, Hash expected, String field) {
    if (!v.equals(expected)) {
      throw new RlpException(field + " must be " + expected + " in a peerchain header, got " + v);
    }
    return v;
  }
}
