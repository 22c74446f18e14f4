package org.peerchain.node.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitReceived;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.SignerState;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.types.Address;
import org.peerchain.storage.chain.ChainStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A validator whose own power is a quorum (the dev node's single validator) decides alone: its
 * precommit is the certificate. If it is killed between signing that precommit and committing the
 * block, the restarted engine is locked on a block that exists nowhere else, and no round could ever
 * complete. So such a validator keeps its proposed block on disk before proposing it, and on start
 * finishes the commit that its stored precommit already decided. With several validators the block
 * is with the others, and sync brings it.
 */
public final class OwnProposals {
  private static final Logger LOG = LoggerFactory.getLogger(OwnProposals.class);
  static final String KEY = "own-proposal";

  private final ChainStore chain;
  private final boolean soloQuorum;

  public OwnProposals(ChainStore chain, ValidatorSet validators, Optional<Address> me) {
    this(chain, validators, me, false);
  }

  /**
   * @param signerRecordsBatched the signer's records go in each block's batch (a sole validator
   *     without a network): a precommit is never stored without its block, so nothing is kept
   */
  public OwnProposals(ChainStore chain, ValidatorSet validators, Optional<Address> me, boolean signerRecordsBatched) {
    this.chain = chain;
    this.soloQuorum = !signerRecordsBatched && me.isPresent() && validators.isQuorum(validators.power(me.get()));
  }

  /** Called before the block is handed to the engine to propose; synced when it returns. */
  public void beforeProposing(Block block) {
    if (soloQuorum) {
      chain.putSignerState(KEY, BlockCodec.encode(block));
    }
  }

  /** The commit a stored precommit of ours already decided at the next height, if any. */
  public Optional<CommitReceived> decidedBeforeRestart(Optional<SignerState> lastSigned, ValidatorSet validators,
      SigningDomain domain) {
    long next = chain.head().number() + 1;
    if (!soloQuorum || lastSigned.isEmpty() || lastSigned.get().height() != next) {
      return Optional.empty();
    }
    Optional<Block> block = chain.signerState(KEY).map(BlockCodec::decode).filter(b -> b.number() == next);
    if (block.isEmpty()) {
      return Optional.empty();
    }
    List<CommitSignature> signatures = new ArrayList<>();
    int round = -1;
    for (Vote vote : lastSigned.get().votes()) {
      if (vote.type() == VoteType.PRECOMMIT && vote.blockHash().equals(Optional.of(block.get().hash()))) {
        signatures.add(new CommitSignature(vote.validator(), vote.signature()));
        round = vote.round();
      }
    }
    if (signatures.isEmpty()) {
      return Optional.empty();
    }
    CommitCertificate certificate = new CommitCertificate(next, round, block.get().hash(), signatures);
    Optional<String> error = CertificateVerifier.secp256k1().verify(certificate, block.get(), validators, domain);
    if (error.isPresent()) {
      LOG.warn("Stored precommit for block {} does not certify it: {}", next, error.get());
      return Optional.empty();
    }
    LOG.info("Completing the commit of block #{} decided before the restart", next);
    return Optional.of(new CommitReceived(block.get(), certificate));
  }
}
