package org.peerchain.consensus.bft.message;


public enum VoteType {
  PREVOTE,
  PRECOMMIT;

  /** The step in which a validator casts this kind of vote. */
  public Step step() {
    return this == PREVOTE ? Step.PREVOTE : Step.PRECOMMIT;
  }
}
