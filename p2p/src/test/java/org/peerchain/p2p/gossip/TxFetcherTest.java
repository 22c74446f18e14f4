package org.peerchain.p2p.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.identity.PeerId;

class TxFetcherTest {
  private static final long SECOND = 1_000_000_000L;
  private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(5), 5, 8, 4096, 65_536, 256, 16_384);

  private final PeerId a = P2pFixtures.id(2);
  private final PeerId b = P2pFixtures.id(3);
  private final PeerId c = P2pFixtures.id(4);
  private final PeerId d = P2pFixtures.id(5);
  private final Hash h1 = hash(1);
  private final Hash h2 = hash(2);

  private static Hash hash(int n) {
    byte[] bytes = new byte[32];
    bytes[28] = (byte) (n >>> 24);
    bytes[29] = (byte) (n >>> 16);
    bytes[30] = (byte) (n >>> 8);
    bytes[31] = (byte) n;
    return Hash.wrap(bytes);
  }

  private static List<Hash> hashes(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(TxFetcherTest::hash).toList();
  }

  private static FetchLimits limits(int maxTries, int announcersPerHash, int announcedPerPeer, int maxTracked,
      int inFlightPerPeer, int maxInFlight) {
    return new FetchLimits(Duration.ofSeconds(5), maxTries, announcersPerHash, announcedPerPeer, maxTracked,
        inFlightPerPeer, maxInFlight);
  }

  @Test
  void asksTheFirstAnnouncerAndKeepsTheOthersAsFallbacks() {
    TxFetcher f = new TxFetcher(LIMITS);

    assertThat(f.announced(a, List.of(h1), 0).requests()).isEqualTo(Map.of(a, List.of(h1)));
    assertThat(f.announced(b, List.of(h1), 0)).isEqualTo(FetchPlan.NONE);
    assertThat(f.announced(c, List.of(h1), SECOND)).isEqualTo(FetchPlan.NONE);
    assertThat(f.tracked()).isEqualTo(1);
    assertThat(f.inFlight()).isEqualTo(1);
  }

  @Test
  void asksTheNextAnnouncerWhenTheAskedOneMissesTheDeadline() {
    TxFetcher f = new TxFetcher(LIMITS);
    f.announced(a, List.of(h1), 0);
    f.announced(b, List.of(h1), 0);

    assertThat(f.expire(5 * SECOND - 1)).isEqualTo(FetchPlan.NONE);
    FetchPlan plan = f.expire(5 * SECOND);

    assertThat(plan.requests()).isEqualTo(Map.of(b, List.of(h1)));
    assertThat(plan.unanswered()).containsExactly(a);
    assertThat(f.inFlight(a)).isZero();
    assertThat(f.inFlight(b)).isEqualTo(1);
  }

  @Test
  void aDeliveryFromAnyPeerEndsTheFetchWithoutCostToTheAskedOne() {
    TxFetcher f = new TxFetcher(LIMITS);
    f.announced(a, List.of(h1), 0);
    f.announced(b, List.of(h1), 0);

    assertThat(f.delivered(b, List.of(h1), SECOND)).isEqualTo(FetchPlan.NONE);

    assertThat(f.tracked()).isZero();
    assertThat(f.inFlight()).isZero();
    assertThat(f.expire(60 * SECOND)).isEqualTo(FetchPlan.NONE);
  }

  @Test
  void aPartialAnswerCostsNothingAndTheRestGoesToTheNextAnnouncer() {
    TxFetcher f = new TxFetcher(LIMITS);
    f.announced(a, List.of(h1, h2), 0);
    f.announced(b, List.of(h2), 0);
    f.delivered(a, List.of(h1), SECOND);

    FetchPlan plan = f.expire(5 * SECOND);

    assertThat(plan.unanswered()).isEmpty();
    assertThat(plan.requests()).isEqualTo(Map.of(b, List.of(h2)));
  }

  @Test
  void triesEachAnnouncerOnceThenGivesUp() {
    TxFetcher f = new TxFetcher(LIMITS);
    f.announced(a, List.of(h1), 0);
    f.announced(b, List.of(h1), 0);

    assertThat(f.expire(5 * SECOND).requests()).isEqualTo(Map.of(b, List.of(h1)));
    // The peer that failed it is not asked again, even when it announces the hash again.
    assertThat(f.announced(a, List.of(h1), 6 * SECOND)).isEqualTo(FetchPlan.NONE);
    FetchPlan last = f.expire(10 * SECOND);

    assertThat(last.requests()).isEmpty();
    assertThat(last.unanswered()).containsExactly(b);
    assertThat(f.tracked()).isZero();
  }

  @Test
  void givesUpAfterMaxTriesWhateverAnnouncersAreLeft() {
    TxFetcher f = new TxFetcher(limits(2, 8, 4096, 65_536, 256, 16_384));
    for (PeerId p : List.of(a, b, c)) {
      f.announced(p, List.of(h1), 0);
    }

    assertThat(f.expire(5 * SECOND).requests()).isEqualTo(Map.of(b, List.of(h1)));
    assertThat(f.expire(10 * SECOND).requests()).isEmpty();
    assertThat(f.tracked()).isZero();
    assertThat(f.listed(c)).isZero();
  }

  @Test
  void remembersAFewAnnouncersPerHash() {
    TxFetcher f = new TxFetcher(limits(10, 2, 4096, 65_536, 256, 16_384));
    for (PeerId p : List.of(a, b, c, d)) {
      f.announced(p, List.of(h1), 0);
    }
    List<PeerId> asked = new ArrayList<>();
    for (long t = 5; t <= 20; t += 5) {
      asked.addAll(f.expire(t * SECOND).requests().keySet());
    }

    // a is asked at once; b and c are the two fallbacks; d came when there was no room.
    assertThat(asked).containsExactly(b, c);
    assertThat(f.tracked()).isZero();
  }

  @Test
  void aHashWaitingOnABusyPeerGoesToAnotherAnnouncerWithRoom() {
    TxFetcher f = new TxFetcher(limits(5, 8, 4096, 65_536, 1, 16_384));
    assertThat(f.announced(a, List.of(h1, h2), 0).requests()).isEqualTo(Map.of(a, List.of(h1)));

    assertThat(f.announced(b, List.of(h2), 0).requests()).isEqualTo(Map.of(b, List.of(h2)));
    // a is free again once h1 arrives, and nothing else waits on it.
    assertThat(f.delivered(a, List.of(h1), SECOND)).isEqualTo(FetchPlan.NONE);
  }

  @Test
  void anUnresponsivePeerLosesItsOtherAnnouncements() {
    TxFetcher f = new TxFetcher(limits(5, 8, 4096, 65_536, 256, 16_384));
    List<Hash> made = hashes(100, 1000);
    assertThat(f.announced(a, made, 0).requests().get(a)).hasSize(256);
    // b announces one that is already asked of a: it waits as a's fallback.
    assertThat(f.announced(b, List.of(made.get(100)), 0)).isEqualTo(FetchPlan.NONE);
    assertThat(f.tracked()).isEqualTo(1000);

    FetchPlan plan = f.expire(5 * SECOND);

    assertThat(plan.unanswered()).containsExactly(a);
    assertThat(plan.requests()).isEqualTo(Map.of(b, List.of(made.get(100))));
    assertThat(f.listed(a)).isZero();
    assertThat(f.tracked()).isEqualTo(1);
  }

  @Test
  void reportsAPeerAtMostOncePerTimeout() {
    TxFetcher f = new TxFetcher(LIMITS);
    f.announced(a, List.of(h1), 0);
    f.announced(a, List.of(h2), SECOND);

    assertThat(f.expire(5 * SECOND).unanswered()).containsExactly(a);
    assertThat(f.expire(6 * SECOND).unanswered()).isEmpty();
    f.announced(a, List.of(hash(3)), 7 * SECOND);
    assertThat(f.expire(12 * SECOND).unanswered()).containsExactly(a);
  }

  @Test
  void boundsWhatOnePeerAndAllPeersMayHaveTrackedAndInFlight() {
    TxFetcher f = new TxFetcher(limits(5, 8, 10, 25, 4, 6));
    f.announced(a, hashes(0, 20), 0);
    assertThat(f.listed(a) + f.inFlight(a)).isEqualTo(10);
    assertThat(f.inFlight(a)).isEqualTo(4);

    f.announced(b, hashes(100, 20), 0);
    f.announced(c, hashes(200, 20), 0);

    assertThat(f.tracked()).isEqualTo(25);
    assertThat(f.inFlight(b)).isEqualTo(2);
    assertThat(f.inFlight(c)).isZero();
    assertThat(f.inFlight()).isEqualTo(6);
  }

  @Test
  void aDisconnectedPeersRequestsGoToTheNextAnnouncerWithoutAPenalty() {
    TxFetcher f = new TxFetcher(LIMITS);
    f.announced(a, List.of(h1, h2), 0);
    f.announced(b, List.of(h1), 0);

    FetchPlan plan = f.forget(a, SECOND);

    assertThat(plan.unanswered()).isEmpty();
    assertThat(plan.requests()).isEqualTo(Map.of(b, List.of(h1)));
    assertThat(f.tracked()).isEqualTo(1);
    assertThat(f.expire(5 * SECOND)).isEqualTo(FetchPlan.NONE);
  }
}
