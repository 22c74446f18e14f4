package org.peerchain.node.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.engine.ConsensusAction.Broadcast;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockExecuted;
import org.peerchain.consensus.bft.engine.ConsensusEvent.ProposalReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.TimeoutFired;
import org.peerchain.consensus.bft.engine.ConsensusEvent.VoteReceived;
import org.peerchain.consensus.bft.engine.RoundStateView;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.Address;

class RoundRecorderTest {
  private static final long H = 5;
  private final BftTestKit kit = new BftTestKit(4);
  private final List<String> lines = new ArrayList<>();
  private final RoundRecorder recorder = new RoundRecorder(kit.validators, H, lines::add);

  @Test
  void missingProposalIsTheReasonAndEveryVoteIsListed() {
    Address proposer = kit.validators.proposer(H, 0);
    recorder.onEvent(new TimeoutFired(H, 0, Step.PROPOSE));
    List<KeyPair> others = kit.others(proposer);
    recorder.onActions(List.of(new Broadcast(BftTestKit.vote(others.get(0), VoteType.PREVOTE, H, 0, Optional.empty()))));
    recorder.onEvent(new VoteReceived(BftTestKit.vote(others.get(1), VoteType.PREVOTE, H, 0, Optional.empty())));
    recorder.onEvent(new VoteReceived(BftTestKit.vote(others.get(2), VoteType.PREVOTE, H, 0, Optional.empty())));
    recorder.onEvent(new VoteReceived(BftTestKit.vote(others.get(2), VoteType.PRECOMMIT, H, 0, Optional.empty())));
    assertThat(lines).isEmpty();

    recorder.onView(view(H, 0), view(H, 1));

    assertThat(lines).hasSize(1);
    String line = lines.get(0);
    assertThat(line).startsWith("Round summary: height 5 round 0 failed, now round 1: no proposal from "
        + RoundRecorder.shortAddress(proposer) + " before timeout propose | proposer "
        + RoundRecorder.shortAddress(proposer) + " sent no proposal heard here | prevotes ");
    assertThat(line).contains(RoundRecorder.shortAddress(proposer) + "=-")
        .contains(RoundRecorder.shortAddress(others.get(0).address()) + "=nil")
        .contains("| timeouts [propose]");
    assertThat(line.substring(line.indexOf("| precommits"))).contains(RoundRecorder.shortAddress(others.get(2).address()) + "=nil")
        .contains(RoundRecorder.shortAddress(others.get(0).address()) + "=-");
  }

  @Test
  void invalidProposalIsTheReason() {
    Block block = kit.blockOf(H, 0, "bad");
    recorder.onEvent(new ProposalReceived(kit.proposal(H, 0, block, -1)));
    recorder.onEvent(new BlockExecuted(block.hash(), false, "state root mismatch"));
    recorder.onView(view(H, 0), view(H, 1));
    assertThat(lines.get(0)).contains("round 0 failed, now round 1: the proposal is invalid here: state root mismatch")
        .contains("proposed " + block.hash().toHexString().substring(0, 10));
  }

  @Test
  void splitPrevotesAreTalliedByPower() {
    Block block = kit.blockOf(H, 1, "split");
    recorder.onEvent(new ProposalReceived(kit.proposal(H, 1, block, -1)));
    recorder.onEvent(new VoteReceived(BftTestKit.prevote(kit.keys.get(0), H, 1, block)));
    recorder.onEvent(new VoteReceived(BftTestKit.prevote(kit.keys.get(1), H, 1, block)));
    recorder.onEvent(new VoteReceived(BftTestKit.vote(kit.keys.get(2), VoteType.PREVOTE, H, 1, Optional.empty())));
    // A second, conflicting prevote of the same validator does not count twice.
    recorder.onEvent(new VoteReceived(BftTestKit.prevote(kit.keys.get(2), H, 1, block)));
    recorder.onView(view(H, 1), view(H, 2));
    assertThat(lines.get(0)).contains("round 1 failed, now round 2: no prevote quorum for the proposal "
        + "(power 2 for it, 1 nil, 0 other, 1 not heard; quorum 3 of 4)");
  }

  @Test
  void aDecidedHeightAndOtherHeightsLeaveNoLine() {
    recorder.onEvent(new VoteReceived(BftTestKit.vote(kit.keys.get(0), VoteType.PREVOTE, H + 1, 0, Optional.empty())));
    recorder.onView(view(H, 0), view(H + 1, 0));
    recorder.onView(view(H + 1, 0), view(H + 1, 0));
    assertThat(lines).isEmpty();
    recorder.onView(view(H + 1, 0), view(H + 1, 3));
    assertThat(lines).singleElement().asString()
        .startsWith("Round summary: height 6 round 0 failed, now round 3: no proposal from");
  }

  private RoundStateView view(long height, int round) {
    return new RoundStateView(height, round, Step.PROPOSE, -1, Optional.empty(), -1, Optional.empty(),
        kit.validators.proposer(height, round));
  }
}
