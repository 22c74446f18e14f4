package org.peerchain.p2p.gossip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.identity.PeerId;

/**
 * Honest peers (which deliver what they are asked at once) and silent ones announce hashes in any
 * order while time passes: every hash an honest peer announced is fetched, honest peers are never
 * charged, nobody is asked for a hash it did not announce or asked again without announcing it
 * again, a hash is asked of one peer at a time, and the limits hold throughout.
 */
class TxFetcherPropertyTest {
  private static final int PEERS = 4;
  private static final int HASHES = 6;
  private static final long SECOND = 1_000_000_000L;
  private static final List<PeerId> IDS = IntStream.range(0, PEERS).mapToObj(p -> P2pFixtures.id(10 + p)).toList();
  /**
   * As many tries and announcers as peers, so that silent peers announcing first cannot make a hash
   * be given up, and room to track every hash; few in flight, so that hashes wait for room.
   */
  private static final FetchLimits ROOMY = new FetchLimits(Duration.ofSeconds(5), PEERS, PEERS, HASHES, HASHES, 2, 5);
  /** Too small for everything announced: announcements are dropped, and only the limits are checked. */
  private static final FetchLimits TIGHT = new FetchLimits(Duration.ofSeconds(5), 2, 2, 3, 4, 1, 2);

  sealed interface Op {}

  record Announce(int peer, int hash) implements Op {}

  record Advance(long millis) implements Op {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> announce = Combinators.combine(Arbitraries.integers().between(0, PEERS - 1),
        Arbitraries.integers().between(0, HASHES - 1)).as(Announce::new);
    Arbitrary<Op> advance = Arbitraries.longs().between(0, 6_000).map(Advance::new);
    return Arbitraries.frequencyOf(Tuple.of(4, announce), Tuple.of(1, advance)).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<Set<Integer>> honest() {
    return Arbitraries.integers().between(0, PEERS - 1).set();
  }

  @Property(tries = 300)
  void honestAnnouncementsAreFetchedAndOnlySilentPeersPay(@ForAll("ops") List<Op> ops,
      @ForAll("honest") Set<Integer> honest) {
    Run run = play(ROOMY, ops, honest);
    assertThat(run.delivered).containsAll(run.wanted);
  }

  @Property(tries = 300)
  void limitsHoldWhenAnnouncementsExceedThem(@ForAll("ops") List<Op> ops, @ForAll("honest") Set<Integer> honest) {
    play(TIGHT, ops, honest);
  }

  private static Run play(FetchLimits limits, List<Op> ops, Set<Integer> honest) {
    Run run = new Run(limits, honest);
    for (Op op : ops) {
      if (op instanceof Announce a) {
        run.announce(a.peer(), a.hash());
      } else if (op instanceof Advance adv) {
        run.advance(adv.millis() * 1_000_000L);
      }
    }
    // Enough time for every announcer of every hash to be tried.
    for (int i = 0; i < 3 * PEERS * HASHES; i++) {
      run.advance(5 * SECOND);
    }
    assertThat(run.fetcher.tracked()).isZero();
    assertThat(run.fetcher.inFlight()).isZero();
    return run;
  }

  private static final class Run {
    final FetchLimits limits;
    final TxFetcher fetcher;
    final Set<Integer> honest;
    final Map<Hash, Set<PeerId>> announcedBy = new HashMap<>();
    final Map<Hash, Set<PeerId>> askedOf = new HashMap<>();
    /** The peer a hash is asked of now, and since when. */
    final Map<Hash, PeerId> outstanding = new HashMap<>();
    final Map<Hash, Long> outstandingSince = new HashMap<>();
    final Set<Hash> wanted = new HashSet<>();
    final Set<Hash> delivered = new HashSet<>();
    long now;

    Run(FetchLimits limits, Set<Integer> honest) {
      this.limits = limits;
      this.fetcher = new TxFetcher(limits);
      this.honest = honest;
    }

    void announce(int peer, int h) {
      Hash hash = hash(h);
      if (delivered.contains(hash)) {
        return; // the gossip never passes on hashes it has
      }
      announcedBy.computeIfAbsent(hash, k -> new HashSet<>()).add(id(peer));
      // A hash given up is fetched anew when announced again, of its announcer too.
      askedOf.getOrDefault(hash, new HashSet<>()).remove(id(peer));
      if (honest.contains(peer)) {
        wanted.add(hash);
      }
      apply(fetcher.announced(id(peer), List.of(hash), now));
    }

    void advance(long nanos) {
      now += nanos;
      apply(fetcher.expire(now));
    }

    private void apply(FetchPlan plan) {
      for (PeerId p : plan.unanswered()) {
        assertThat(honest).as("charged peer").doesNotContain(index(p));
      }
      List<Map.Entry<PeerId, List<Hash>>> answers = new ArrayList<>();
      plan.requests().forEach((peer, hashes) -> {
        for (Hash h : hashes) {
          assertThat(announcedBy.getOrDefault(h, Set.of())).as("announcers of a requested hash").contains(peer);
          assertThat(askedOf.computeIfAbsent(h, k -> new HashSet<>()).add(peer)).as("asked twice").isTrue();
          PeerId before = outstanding.get(h);
          if (before != null) {
            assertThat(now - outstandingSince.get(h)).as("asked of another before the deadline")
                .isGreaterThanOrEqualTo(limits.timeout().toNanos());
          }
          outstanding.put(h, peer);
          outstandingSince.put(h, now);
        }
        if (honest.contains(index(peer))) {
          answers.add(Map.entry(peer, hashes));
        }
      });
      checkLimits();
      for (Map.Entry<PeerId, List<Hash>> answer : answers) {
        delivered.addAll(answer.getValue());
        answer.getValue().forEach(h -> {
          outstanding.remove(h);
          askedOf.remove(h);
        });
        apply(fetcher.delivered(answer.getKey(), answer.getValue(), now));
      }
    }

    private void checkLimits() {
      assertThat(fetcher.tracked()).isLessThanOrEqualTo(limits.maxTracked());
      assertThat(fetcher.inFlight()).isLessThanOrEqualTo(limits.maxInFlight());
      for (int p = 0; p < PEERS; p++) {
        assertThat(fetcher.inFlight(id(p))).isLessThanOrEqualTo(limits.inFlightPerPeer());
        assertThat(fetcher.listed(id(p))).isLessThanOrEqualTo(limits.announcedPerPeer());
      }
    }
  }

  private static PeerId id(int peer) {
    return IDS.get(peer);
  }

  private static int index(PeerId id) {
    int i = IDS.indexOf(id);
    assertThat(i).as("known peer").isNotNegative();
    return i;
  }

  private static Hash hash(int n) {
    byte[] bytes = new byte[32];
    bytes[31] = (byte) (n + 1);
    return Hash.wrap(bytes);
  }
}
