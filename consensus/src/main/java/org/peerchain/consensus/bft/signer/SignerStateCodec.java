package org.peerchain.consensus.bft.signer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;

/**
 * rlp([version 2, height, round, step, signedHash, lockedRound + 1, lockedBlock or empty, [vote, ...],
 * [] or [block, [prevote, ...]]]) with each vote in its wire form ({@link ConsensusMessageCodec}) and
 * the block in {@link BlockCodec}'s. Version 1, written before the lock proof was kept, has no last
 * field and still reads, as a lock without its proof.
 */
public final class SignerStateCodec {
  static final int VERSION = 2;
  private static final int VERSION_WITHOUT_PROOF = 1;

  private SignerStateCodec() {}

  public static Bytes encode(SignerState s) {
    RlpWriter w = new RlpWriter().startList()
        .writeInt(VERSION).writeLong(s.height()).writeInt(s.round()).writeInt(s.step().ordinal())
        .writeHash(s.signedHash()).writeLong(s.lockedRound() + 1L)
        .writeBytes(s.lockedBlock().map(Hash::bytes).orElse(Bytes.EMPTY))
        .startList();
    writeVotes(w, s.votes());
    w.endList().startList();
    s.lockProof().ifPresent(p -> {
      BlockCodec.write(w, p.block());
      w.startList();
      writeVotes(w, p.polka());
      w.endList();
    });
    return w.endList().endList().toBytes();
  }

  public static SignerState decode(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, SignerStateCodec::read);
  }

  private static SignerState read(RlpReader r) {
    RlpReader l = r.enterList();
    int version = l.readInt();
    if (version != VERSION && version != VERSION_WITHOUT_PROOF) {
      throw new RlpException(0, "unknown signer state version " + version);
    }
    long height = l.readLong();
    int round = l.readInt();
    int step = l.readInt();
    if (step >= Step.values().length) {
      throw new RlpException(0, "unknown signer step " + step);
    }
    Hash signed = l.readHash();
    long lockedRoundPlusOne = l.readLong();
    int at = l.position();
    Bytes locked = l.readBytes();
    if (!locked.isEmpty() && locked.size() != Hash.SIZE) {
      throw new RlpException(at, "signer locked block must be 32 bytes or empty, got " + locked.size());
    }
    if (lockedRoundPlusOne > Integer.MAX_VALUE) {
      throw new RlpException(at, "signer locked round is out of range");
    }
    List<Vote> votes = readVotes(l.enterList());
    Optional<LockProof> proof = version == VERSION ? readProof(l.enterList()) : Optional.empty();
    l.expectEnd();
    try {
      return new SignerState(height, round, Step.values()[step], signed, (int) lockedRoundPlusOne - 1,
          locked.isEmpty() ? Optional.empty() : Optional.of(Hash.wrap(locked)), proof, votes);
    } catch (IllegalArgumentException e) {
      throw new RlpException(0, "invalid signer state: " + e.getMessage());
    }
  }

  private static void writeVotes(RlpWriter w, List<Vote> votes) {
    for (Vote v : votes) {
      w.writeRaw(ConsensusMessageCodec.encode(v));
    }
  }

  private static Optional<LockProof> readProof(RlpReader l) {
    if (!l.hasNext()) {
      return Optional.empty();
    }
    Block block = BlockCodec.read(l);
    List<Vote> polka = readVotes(l.enterList());
    l.expectEnd();
    try {
      return Optional.of(new LockProof(block, polka));
    } catch (IllegalArgumentException e) {
      throw new RlpException(0, "invalid signer lock proof: " + e.getMessage());
    }
  }

  private static List<Vote> readVotes(RlpReader list) {
    List<Vote> votes = new ArrayList<>();
    while (list.hasNext()) {
      int voteAt = list.position();
      ConsensusMessage m = ConsensusMessageCodec.decode(list.readRaw());
      if (!(m instanceof Vote v)) {
        throw new RlpException(voteAt, "signer state lists a proposal where a vote belongs");
      }
      votes.add(v);
    }
    return votes;
  }
}
