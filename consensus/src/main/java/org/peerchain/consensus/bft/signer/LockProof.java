package org.peerchain.consensus.bft.signer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;

/**
 * What a lock rests on: the block precommitted and the prevotes for it in the lock's round (its
 * polka). A locked validator is the one that may have to re-propose that block (lines 14-16) and
 * prove the lock with those prevotes (line 28); after a restart nobody else may still hold them.
 */
public record LockProof(Block block, List<Vote> polka) {
  public LockProof {
    Objects.requireNonNull(block, "block");
    polka = List.copyOf(polka);
    if (polka.isEmpty()) {
      throw new IllegalArgumentException("a lock proof needs the prevotes of the lock's round");
    }
    Vote first = polka.get(0);
    for (Vote v : polka) {
      if (v.type() != VoteType.PREVOTE || !v.blockHash().equals(Optional.of(block.hash()))
          || v.height() != first.height() || v.round() != first.round()) {
        throw new IllegalArgumentException("a lock proof holds prevotes of one round for its block, got " + v);
      }
    }
  }

  public int round() {
    return polka.get(0).round();
  }
}
