package org.peerchain.consensus.bft.message;

import java.math.BigInteger;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The wire form of consensus messages:
 * <pre>
 *   proposal: rlp([1, height, round, block, validRound + 1, proposer, r, s, recoveryId])
 *   vote:     rlp([2 (prevote) | 3 (precommit), height, round, blockHash or empty, validator, r, s, recoveryId])
 * </pre>
 * Decoding is strict (canonical RLP, nothing trailing, every field in range); any malformed input
 * fails with an {@link RlpException}, nothing else.
 */
public final class ConsensusMessageCodec {
  private ConsensusMessageCodec() {}

  public static Bytes encode(ConsensusMessage message) {
    RlpWriter w = new RlpWriter();
    w.startList();
    if (message instanceof Proposal p) {
      w.writeInt(SigningBytes.KIND_PROPOSAL).writeLong(p.height()).writeInt(p.round());
      BlockCodec.write(w, p.block());
      w.writeLong(p.validRound() + 1L);
    } else {
      Vote v = (Vote) message;
      w.writeInt(SigningBytes.kind(v.type())).writeLong(v.height()).writeInt(v.round())
          .writeBytes(v.blockHash().map(Hash::bytes).orElse(Bytes.EMPTY));
    }
    Signature sig = message.signature();
    w.writeAddress(message.signer()).writeBigInteger(sig.r()).writeBigInteger(sig.s()).writeInt(sig.recoveryId());
    return w.endList().toBytes();
  }

  public static ConsensusMessage decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, ConsensusMessageCodec::read);
  }

  private static ConsensusMessage read(RlpReader r) {
    int at = r.position();
    RlpReader l = r.enterList();
    int kind = l.readInt();
    try {
      ConsensusMessage m = switch (kind) {
        case SigningBytes.KIND_PROPOSAL -> readProposal(l);
        case SigningBytes.KIND_PREVOTE -> readVote(l, VoteType.PREVOTE);
        case SigningBytes.KIND_PRECOMMIT -> readVote(l, VoteType.PRECOMMIT);
        default -> throw new RlpException(at, "unknown consensus message kind " + kind);
      };
      l.expectEnd();
      return m;
    } catch (IllegalArgumentException | ArithmeticException e) {
      // The records' own checks (height >= 1, validRound < round, r and s in range ...).
      throw new RlpException(at, "invalid consensus message: " + e.getMessage());
    }
  }

  private static Proposal readProposal(RlpReader l) {
    long height = l.readLong();
    int round = l.readInt();
    Block block = BlockCodec.read(l);
    long validRoundPlusOne = l.readLong();
    if (validRoundPlusOne > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("validRound " + (validRoundPlusOne - 1) + " is out of range");
    }
    Address proposer = l.readAddress();
    Signature sig = readSignature(l);
    return new Proposal(height, round, block, (int) validRoundPlusOne - 1, proposer, sig);
  }

  private static Vote readVote(RlpReader l, VoteType type) {
    long height = l.readLong();
    int round = l.readInt();
    int at = l.position();
    Bytes hash = l.readBytes();
    Optional<Hash> blockHash;
    if (hash.isEmpty()) {
      blockHash = Optional.empty();
    } else if (hash.size() == Hash.SIZE) {
      blockHash = Optional.of(Hash.wrap(hash));
    } else {
      throw new RlpException(at, "vote block hash must be 32 bytes or empty (nil), got " + hash.size());
    }
    Address validator = l.readAddress();
    return new Vote(type, height, round, blockHash, validator, readSignature(l));
  }

  private static Signature readSignature(RlpReader l) {
    BigInteger r = l.readUnsigned(32);
    BigInteger s = l.readUnsigned(32);
    int recoveryId = l.readInt();
    return new Signature(r, s, recoveryId);
  }
}
