package org.peerchain.consensus.bft.signer;

import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.Step;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningBytes;
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
 * conflicting signature afterwards.
 */
public final class LocalSigner {
  private static final Logger LOG = LoggerFactory.getLogger(LocalSigner.class);

  private final long chainId;
  private final KeyPair keys;
  private final SignerStateStore store;
  private final Secp256k1 secp;
  private SignerState last;

  /** Loads the last record; a record that does not decode stops the validator rather than risk it. */
  public LocalSigner(long chainId, KeyPair keys, SignerStateStore store) {
    this.chainId = chainId;
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

  public long chainId() {
    return chainId;
  }

  public Address address() {
    return keys.address();
  }

  /** What this validator signed last, restored from the store after a restart. */
  public synchronized Optional<SignerState> lastSigned() {
    return Optional.ofNullable(last);
  }

  public Optional<Proposal> signProposal(long height, int round, Block block, int validRound) {
    Hash hash = SigningBytes.proposal(chainId, height, round, block.hash(), validRound);
    return authorize(height, round, Step.PROPOSE, hash, Optional.empty())
        .map(sig -> new Proposal(height, round, block, validRound, address(), sig));
  }

  public Optional<Vote> signVote(VoteType type, long height, int round, Optional<Hash> blockHash) {
    Hash hash = SigningBytes.vote(chainId, type, height, round, blockHash);
    Optional<Hash> lock = type == VoteType.PRECOMMIT ? blockHash : Optional.empty();
    return authorize(height, round, type.step(), hash, lock)
        .map(sig -> new Vote(type, height, round, blockHash, address(), sig));
  }

  private synchronized Optional<Signature> authorize(long height, int round, Step step, Hash hash, Optional<Hash> newLock) {
    if (last != null) {
      int order = last.compareTo(height, round, step);
      if (order > 0) {
        LOG.warn("signer: refusing to sign {} at {}/{}: already signed at {}/{}/{}", step, height, round,
            last.height(), last.round(), last.step());
        return Optional.empty();
      }
      if (order == 0) {
        if (last.signedHash().equals(hash)) {
          return Optional.of(secp.sign(hash, keys.privateKey()));
        }
        LOG.warn("signer: refusing to sign a conflicting {} at {}/{}", step, height, round);
        return Optional.empty();
      }
    }
    boolean sameHeight = last != null && last.height() == height;
    int lockedRound = sameHeight ? last.lockedRound() : -1;
    Optional<Hash> lockedBlock = sameHeight ? last.lockedBlock() : Optional.empty();
    if (newLock.isPresent()) {
      lockedRound = round;
      lockedBlock = newLock;
    }
    SignerState next = new SignerState(height, round, step, hash, lockedRound, lockedBlock);
    // Durable first: if saving fails, the exception propagates and no signature exists.
    store.save(SignerStateCodec.encode(next));
    last = next;
    return Optional.of(secp.sign(hash, keys.privateKey()));
  }
}
