package org.peerchain.consensus.bft.message;

/**
 * The steps of one Tendermint round, in the order a validator passes through them. The order also
 * orders what a validator signs within a round: a proposal, then a prevote, then a precommit.
 */
public enum Step {
  PROPOSE,
  PREVOTE,
  PRECOMMIT;

  public boolean atLeast(Step other) {
    return compareTo(other) >= 0;
  }
}
