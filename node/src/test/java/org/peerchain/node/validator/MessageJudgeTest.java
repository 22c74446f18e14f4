package org.peerchain.node.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.bft.BftTestKit.DOMAIN;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.engine.RoundStateView;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.validator.Judgement.Outcome;

class MessageJudgeTest {
  private final BftTestKit kit = new BftTestKit(4);
  private final MessageJudge judge = new MessageJudge(DOMAIN, kit.validators, MessageVerifier.secp256k1(),
      ChainRules.of(DevChain.genesis(1337, DevChain.accounts(1), UInt256.ONE, 0, 1_000, 0)));
  /** The engine at height 5, round 2. */
  private final RoundStateView at = new RoundStateView(5, 2, Step.PREVOTE, -1, Optional.empty(), -1,
      Optional.empty(), kit.validators.proposer(5, 2));
  private final KeyPair v0 = kit.keys.get(0);

  private Outcome prevoteAt(long height, int round) {
    return judge.judge(BftTestKit.vote(v0, VoteType.PREVOTE, height, round, Optional.empty()), at).outcome();
  }

  @Test
  void votesOfTheLastTheCurrentAndTheNextTwoHeightsAreAccepted() {
    assertThat(prevoteAt(4, 7)).isEqualTo(Outcome.ACCEPT);
    assertThat(prevoteAt(5, 0)).isEqualTo(Outcome.ACCEPT);
    assertThat(prevoteAt(5, 12)).isEqualTo(Outcome.ACCEPT);
    assertThat(prevoteAt(6, 10)).isEqualTo(Outcome.ACCEPT);
    assertThat(prevoteAt(7, 0)).isEqualTo(Outcome.ACCEPT);
  }

  @Test
  void messagesOutsideTheWindowAreIgnoredNotRejected() {
    // Early or late is no fault: an honest peer at another height sends these.
    assertThat(prevoteAt(3, 0)).isEqualTo(Outcome.IGNORE);
    assertThat(prevoteAt(8, 0)).isEqualTo(Outcome.IGNORE);
    assertThat(prevoteAt(5, 13)).isEqualTo(Outcome.IGNORE);
    assertThat(prevoteAt(6, 11)).isEqualTo(Outcome.IGNORE);
  }

  @Test
  void aVoteByANonValidatorIsRejected() {
    Vote forged = BftTestKit.vote(BftTestKit.outsider(), VoteType.PRECOMMIT, 5, 2, Optional.empty());
    assertThat(judge.judge(forged, at).outcome()).isEqualTo(Outcome.REJECT);
  }

  @Test
  void aVoteWhoseSignatureCoversAnotherMessageIsRejected() {
    Vote signed = BftTestKit.vote(v0, VoteType.PREVOTE, 5, 2, Optional.empty());
    Vote altered = new Vote(VoteType.PRECOMMIT, 5, 2, Optional.empty(), v0.address(), signed.signature());
    assertThat(judge.judge(signed, at).outcome()).isEqualTo(Outcome.ACCEPT);
    assertThat(judge.judge(altered, at).outcome()).isEqualTo(Outcome.REJECT);
  }

  @Test
  void theProposersProposalIsAccepted() {
    Proposal p = kit.proposal(5, 2, kit.blockOf(5, 2, "a"), -1);
    assertThat(judge.judge(p, at)).isEqualTo(Judgement.ACCEPT);
  }

  @Test
  void aProposalByAnotherValidatorIsRejected() {
    KeyPair notProposer = kit.others(kit.validators.proposer(5, 2)).get(0);
    Proposal p = BftTestKit.proposalBy(notProposer, 5, 2, BftTestKit.block(5, notProposer.address(), "a"), -1);
    assertThat(judge.judge(p, at).outcome()).isEqualTo(Outcome.REJECT);
  }

  @Test
  void aProposalWhoseBodyIsNotTheOneItsHeaderNamesIsRejectedThoughItsSignatureIsGood() {
    Block honest = kit.blockOf(5, 2, "a");
    // The signature covers the header, and the header names a body this is not: a relayer's swap.
    Block swapped = new Block(honest.header().toBuilder().transactionsRoot(Keccak.hash(new byte[] {1})).build(),
        honest.body());
    Proposal p = kit.proposal(5, 2, swapped, -1);
    Judgement j = judge.judge(p, at);
    assertThat(j.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(j.reason()).contains("transactions root");
  }

  @Test
  void aProposalCarryingAnotherHeightsBlockIsRejected() {
    Proposal p = kit.proposal(5, 2, kit.blockOf(6, 2, "a"), -1);
    assertThat(judge.judge(p, at).outcome()).isEqualTo(Outcome.REJECT);
  }
}
