package org.peerchain.consensus.bft.message;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

/**
 * What a validator signs: keccak(rlp([domain, chainId, kind, height, round, blockHash or empty,
 * (validRound + 1 for proposals)])).
 *
 * <p>The domain tag keeps these signatures apart from transaction signatures by the same key; the
 * chain id keeps them apart between chains. A precommit's hash is exactly what a
 * {@link org.peerchain.core.block.CommitSignature} signs, so a certificate is a quorum of precommits.
 * validRound is shifted by one because RLP integers are unsigned and "none" is -1.
 */
public final class SigningBytes {
  public static final Bytes DOMAIN = Bytes.wrap("peerchain/bft/1".getBytes(StandardCharsets.US_ASCII));

  static final int KIND_PROPOSAL = 1;
  static final int KIND_PREVOTE = 2;
  static final int KIND_PRECOMMIT = 3;

  private SigningBytes() {}

  public static Hash proposal(long chainId, long height, int round, Hash blockHash, int validRound) {
    RlpWriter w = new RlpWriter();
    w.startList().writeBytes(DOMAIN).writeLong(chainId).writeInt(KIND_PROPOSAL).writeLong(height).writeInt(round)
        .writeHash(blockHash).writeLong(validRound + 1L).endList();
    return Keccak.hash(w.toBytes());
  }

  public static Hash vote(long chainId, VoteType type, long height, int round, Optional<Hash> blockHash) {
    RlpWriter w = new RlpWriter();
    w.startList().writeBytes(DOMAIN).writeLong(chainId).writeInt(kind(type)).writeLong(height).writeInt(round)
        .writeBytes(blockHash.map(Hash::bytes).orElse(Bytes.EMPTY)).endList();
    return Keccak.hash(w.toBytes());
  }

  /** What each signature of a commit certificate for (height, round, blockHash) signs. */
  public static Hash precommit(long chainId, long height, int round, Hash blockHash) {
    return vote(chainId, VoteType.PRECOMMIT, height, round, Optional.of(blockHash));
  }

  public static Hash of(long chainId, ConsensusMessage message) {
    if (message instanceof Proposal p) {
      return proposal(chainId, p.height(), p.round(), p.blockHash(), p.validRound());
    }
    Vote v = (Vote) message;
    return vote(chainId, v.type(), v.height(), v.round(), v.blockHash());
  }

  static int kind(VoteType type) {
    return type == VoteType.PREVOTE ? KIND_PREVOTE : KIND_PRECOMMIT;
  }
}
