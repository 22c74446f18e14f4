package org.peerchain.consensus.bft.message;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

/**
 * What a validator signs: keccak(rlp([tag, chainId, genesisHash, kind, height, round, blockHash or
 * empty, (validRound + 1 for proposals)])), docs/protocol.md §9.
 *
 * <p>The tag keeps these signatures apart from transaction signatures by the same key; chain id and
 * genesis hash keep them apart between chains, including testnets that share a chain id and keys.
 * A precommit's hash is exactly what a {@link org.peerchain.core.block.CommitSignature} signs, so a
 * certificate is a quorum of precommits. validRound is shifted by one because RLP integers are
 * unsigned and "none" is -1.
 */
public final class SigningBytes {
  public static final Bytes DOMAIN = Bytes.wrap("peerchain/bft/2".getBytes(StandardCharsets.US_ASCII));

  static final int KIND_PROPOSAL = 1;
  static final int KIND_PREVOTE = 2;
  static final int KIND_PRECOMMIT = 3;

  private SigningBytes() {}

  public static Hash proposal(SigningDomain domain, long height, int round, Hash blockHash, int validRound) {
    return Keccak.hash(proposalPreimage(domain, height, round, blockHash, validRound));
  }

  public static Hash vote(SigningDomain domain, VoteType type, long height, int round, Optional<Hash> blockHash) {
    return Keccak.hash(votePreimage(domain, type, height, round, blockHash));
  }

  /** What each signature of a commit certificate for (height, round, blockHash) signs. */
  public static Hash precommit(SigningDomain domain, long height, int round, Hash blockHash) {
    return vote(domain, VoteType.PRECOMMIT, height, round, Optional.of(blockHash));
  }

  public static Hash of(SigningDomain domain, ConsensusMessage message) {
    return Keccak.hash(preimage(domain, message));
  }

  /** The bytes hashed for {@code message}: for other implementations and the documentation's examples. */
  public static Bytes preimage(SigningDomain domain, ConsensusMessage message) {
    if (message instanceof Proposal p) {
      return proposalPreimage(domain, p.height(), p.round(), p.blockHash(), p.validRound());
    }
    Vote v = (Vote) message;
    return votePreimage(domain, v.type(), v.height(), v.round(), v.blockHash());
  }

  static Bytes proposalPreimage(SigningDomain domain, long height, int round, Hash blockHash, int validRound) {
    RlpWriter w = start(domain, KIND_PROPOSAL, height, round);
    return w.writeHash(blockHash).writeLong(validRound + 1L).endList().toBytes();
  }

  static Bytes votePreimage(SigningDomain domain, VoteType type, long height, int round, Optional<Hash> blockHash) {
    RlpWriter w = start(domain, kind(type), height, round);
    return w.writeBytes(blockHash.map(Hash::bytes).orElse(Bytes.EMPTY)).endList().toBytes();
  }

  private static RlpWriter start(SigningDomain domain, int kind, long height, int round) {
    RlpWriter w = new RlpWriter();
    w.startList().writeBytes(DOMAIN).writeLong(domain.chainId()).writeHash(domain.genesisHash())
        .writeInt(kind).writeLong(height).writeInt(round);
    return w;
  }

  static int kind(VoteType type) {
    return type == VoteType.PREVOTE ? KIND_PREVOTE : KIND_PRECOMMIT;
  }
}
