package org.peerchain.consensus.bft.signer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validator's key behind a double-sign guard. Before a signature leaves, the (height, round, step)
 * and hash of what is signed are saved durably; a later request for a lower (height, round, step),
 * or for different content at the same one, is refused (empty). Re-signing identical content is
 * allowed: signing is deterministic, so it yields the same signature. The record survives restarts
 * through the {@link SignerStateStore}, so a crash between signing and sending cannot lead to a
 * conflicting signature afterwards; it also keeps the votes of the last round signed, so a
 * restarted validator can send them again, and the lock with its block and polka, so a restarted
 * validator can re-propose its locked block with proof.
 */
public final class LocalSigner {
  private static final Logger LOG = LoggerFactory.getLogger(LocalSigner.class);

  private final SigningDomain domain;
  private final KeyPair keys;
  private final SignerStateStore store;
  private final Secp256k1 secp;
  private SignerState last;

  /** Loads the last record; a record that does not decode stops the validator rather than risk it. */
  public LocalSigner(SigningDomain domain, KeyPair keys, SignerStateStore store) {
    this.domain = Objects.requireNonNull(domain, "domain");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.store = Objects.requireNonNull(store, "store");
    this.secp = Secp256k1.get();
    try {
      this.last = store.load().map(SignerStateCodec::decode).orElse(null);
    } catch (RlpException e) {
      throw new IllegalStateException("the stored signer state is unreadable (" + e.getMessage()
          + "); refusing to sign with a record that may forget an earlier signature", e);
    }
  }

  public SigningDomain domain() {
    return domain;
  }

  public Address address() {
    return keys.address();
  }

  /** What this validator signed last, restored from the store after a restart. */
  public synchronized Optional<SignerState> lastSigned() {
    return Optional.ofNullable(last);
  }

  public Optional<Proposal> signProposal(long height, int round, Block block, int validRound) {
    Hash hash = SigningBytes.proposal(domain, height, round, block.hash(), validRound);
    return authorize(height, round, Step.PROPOSE, hash,
        sig -> new Proposal(height, round, block, validRound, address(), sig), Optional.empty(), Optional.empty());
  }

  /**
   * A vote. A precommit for a block signed here locks on it without a proof (only the hash is
   * known here), so a restart could not re-propose it: the engine locks through
   * {@link #signLockingPrecommit}.
   */
  public Optional<Vote> signVote(VoteType type, long height, int round, Optional<Hash> blockHash) {
    return signVote(type, height, round, blockHash, Optional.empty());
  }

  /** The precommit of line 36: the lock it sets is saved with {@code proof}, durably, before the vote leaves. */
  public Optional<Vote> signLockingPrecommit(long height, int round, LockProof proof) {
    if (proof.round() != round || proof.polka().get(0).height() != height) {
      throw new IllegalArgumentException("a lock proof of " + proof.polka().get(0).height() + "/" + proof.round()
          + " cannot lock at " + height + "/" + round);
    }
    return signVote(VoteType.PRECOMMIT, height, round, Optional.of(proof.block().hash()), Optional.of(proof));
  }

  private Optional<Vote> signVote(VoteType type, long height, int round, Optional<Hash> blockHash,
      Optional<LockProof> proof) {
    Hash hash = SigningBytes.vote(domain, type, height, round, blockHash);
    return authorize(height, round, type.step(), hash,
        sig -> new Vote(type, height, round, blockHash, address(), sig), Optional.of(type), proof);
  }

  private synchronized <T> Optional<T> authorize(long height, int round, Step step, Hash hash,
      Function<Signature, T> make, Optional<VoteType> voteType, Optional<LockProof> proof) {
    if (last != null) {
      int order = last.compareTo(height, round, step);
      if (order > 0) {
        LOG.warn("signer: refusing to sign {} at {}/{}: already signed at {}/{}/{}", step, height, round,
            last.height(), last.round(), last.step());
        return Optional.empty();
      }
      if (order == 0) {
        if (last.signedHash().equals(hash)) {
          return Optional.of(make.apply(secp.sign(hash, keys.privateKey())));
        }
        LOG.warn("signer: refusing to sign a conflicting {} at {}/{}", step, height, round);
        return Optional.empty();
      }
    }
    T signed = make.apply(secp.sign(hash, keys.privateKey()));
    boolean sameHeight = last != null && last.height() == height;
    boolean sameRound = sameHeight && last.round() == round;
    int lockedRound = sameHeight ? last.lockedRound() : -1;
    Optional<Hash> lockedBlock = sameHeight ? last.lockedBlock() : Optional.empty();
    Optional<LockProof> lockProof = sameHeight ? last.lockProof() : Optional.empty();
    List<Vote> votes = new ArrayList<>(sameRound ? last.votes() : List.of());
    if (signed instanceof Vote v) {
      votes.add(v);
      if (voteType.get() == VoteType.PRECOMMIT && v.blockHash().isPresent()) {
        lockedRound = round;
        lockedBlock = v.blockHash();
        lockProof = proof;
      }
    }
    SignerState next = new SignerState(height, round, step, hash, lockedRound, lockedBlock, lockProof, votes);
    // Durable before the signature leaves: if saving fails, the exception propagates and nothing is returned.
    store.save(SignerStateCodec.encode(next));
    last = next;
    return Optional.of(signed);
  }
}
