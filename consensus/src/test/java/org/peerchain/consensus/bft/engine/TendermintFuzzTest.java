package org.peerchain.consensus.bft.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.KeyPair;

/** Random, mostly hostile event streams: the engine never throws and never reports an internal error. */
class TendermintFuzzTest {
  private static final BftTestKit KIT = new BftTestKit(4);
  private static final List<KeyPair> SIGNERS = List.of(KIT.keys.get(0), KIT.keys.get(1), KIT.keys.get(2),
      KIT.keys.get(3), BftTestKit.outsider());

  @Provide
  Arbitrary<List<ConsensusEvent>> eventStreams() {
    Arbitrary<Long> heights = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(1, 4)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Long.MAX_VALUE)));
    Arbitrary<Integer> rounds = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(0, 3)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Integer.MAX_VALUE)));
    Arbitrary<String> tags = Arbitraries.of("A", "B", "C");
    Arbitrary<ConsensusEvent> votes = Combinators.combine(Arbitraries.of(SIGNERS), Arbitraries.of(VoteType.values()),
        heights, rounds, tags.injectNull(0.3)).as((k, t, h, r, tag) -> new ConsensusEvent.VoteReceived(
            BftTestKit.vote(k, t, h, r, Optional.ofNullable(tag).map(x -> KIT.blockOf(Math.min(h, 4), 0, x).hash()))));
    Arbitrary<ConsensusEvent> proposals = Combinators.combine(Arbitraries.of(SIGNERS), heights.filter(h -> h < 100),
        rounds.filter(r -> r < 100), tags).as((k, h, r, tag) -> {
          Block b = KIT.blockOf(h, r, tag);
          int vr = r == 0 ? -1 : r - 1;
          return new ConsensusEvent.ProposalReceived(BftTestKit.proposalBy(k, h, r, b, tag.equals("A") ? -1 : vr));
        });
    Arbitrary<ConsensusEvent> timeouts = Combinators.combine(heights, rounds, Arbitraries.of(Step.values()))
        .as(ConsensusEvent.TimeoutFired::new);
    Arbitrary<ConsensusEvent> executed = Combinators.combine(heights.filter(h -> h < 100), tags, Arbitraries.of(true, false))
        .as((h, tag, ok) -> new ConsensusEvent.BlockExecuted(KIT.blockOf(h, 0, tag).hash(), ok, "fuzz"));
    Arbitrary<ConsensusEvent> built = Combinators.combine(heights.filter(h -> h < 100), rounds, tags)
        .as((h, r, tag) -> new ConsensusEvent.BlockBuilt(h, r, KIT.blockOf(h, r, tag)));
    Arbitrary<ConsensusEvent> rebroadcasts = Combinators.combine(heights, rounds).as(ConsensusEvent.RebroadcastDue::new);
    Arbitrary<ConsensusEvent> commitAnswers = Combinators.combine(heights.filter(h -> h < 100), tags, Arbitraries.of(0, 1, 2))
        .as((h, tag, kind) -> {
          Block b = KIT.blockOf(h, 0, tag);
          return switch (kind) {
            case 0 -> new ConsensusEvent.Committed(h, b.hash());
            case 1 -> new ConsensusEvent.CommitFailed(h, b.hash(), "fuzz");
            default -> new ConsensusEvent.BodyMismatch(b, "fuzz");
          };
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, votes), net.jqwik.api.Tuple.of(2, proposals), net.jqwik.api.Tuple.of(2, timeouts),
        net.jqwik.api.Tuple.of(1, executed), net.jqwik.api.Tuple.of(1, built), net.jqwik.api.Tuple.of(1, rebroadcasts),
        net.jqwik.api.Tuple.of(1, commitAnswers))
        .list().ofMaxSize(80);
  }

  @Property(tries = 60)
  void hostileEventStreamsNeverBreakTheEngine(@ForAll("eventStreams") List<ConsensusEvent> stream, @ForAll boolean validator) {
    KeyPair me = validator ? KIT.keys.get(1) : null;
    Driver d = new Driver(KIT, me);
    d.start();
    for (ConsensusEvent e : stream) {
      List<ConsensusAction> out = d.engine.handle(e);
      assertThat(out).doesNotContainNull();
    }
    assertThat(d.engine.internalErrors()).isZero();
    assertThat(d.engine.snapshot().height()).isGreaterThanOrEqualTo(1);
  }
}
