package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.id;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

class DialerTest {
  private static final InetAddress LAN = IpRanges.literal("10.0.0.99").orElseThrow();
  private final AtomicLong now = new AtomicLong();
  private final PeerRegistry registry = new PeerRegistry(id(1), 10, 2);
  private final AddressBook book = new AddressBook(id(1), 100, now::get);
  private final BanList bans = new BanList(Duration.ofHours(1), 100, now::get);
  private final List<PeerAddress> dialed = new ArrayList<>();
  private final List<CompletableFuture<Optional<PeerId>>> outcomes = new ArrayList<>();

  private Dialer dialer(List<PeerAddress> statics, List<PeerAddress> boot) {
    return new Dialer(id(1), statics, boot, 2, registry, book, bans,
        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)), a -> {
          dialed.add(a);
          CompletableFuture<Optional<PeerId>> f = new CompletableFuture<>();
          outcomes.add(f);
          return f;
        }, now::get);
  }

  private static PeerAddress at(int key) {
    return PeerAddress.of(id(key), "10.0.0." + key, 30303);
  }

  @Test
  void fillsOutboundSlotsFromBootnodesThenTheBookSkippingSelfAndBanned() {
    book.learn(at(4), LAN);
    book.learn(at(5), LAN);
    bans.ban(id(4), null);
    Dialer d = dialer(List.of(), List.of(at(1), at(3)));
    assertThat(d.tick()).isEqualTo(2);
    assertThat(dialed).containsExactly(at(3), at(5));
    // Slots are taken by the dials in flight.
    assertThat(d.tick()).isZero();
  }

  @Test
  void backsOffExponentiallyAfterFailures() {
    Dialer d = dialer(List.of(), List.of(at(3)));
    d.tick();
    outcomes.get(0).complete(Optional.empty());
    assertThat(d.tick()).isZero();
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(d.tick()).isEqualTo(1);
    outcomes.get(1).complete(Optional.empty());
    now.addAndGet(Duration.ofMillis(1999).toNanos());
    assertThat(d.tick()).isZero();
    now.addAndGet(Duration.ofMillis(1).toNanos());
    assertThat(d.tick()).isEqualTo(1);
    assertThat(dialed).hasSize(3);
  }

  @Test
  void staticPeersAreRedialedForeverEvenWithoutFreeSlots() {
    Dialer d = new Dialer(id(1), List.of(at(7)), List.of(), 0, registry, book, bans,
        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2)), a -> {
          dialed.add(a);
          return CompletableFuture.completedFuture(Optional.empty());
        }, now::get);
    for (int i = 0; i < 20; i++) {
      d.tick();
      now.addAndGet(Duration.ofSeconds(2).toNanos());
    }
    assertThat(dialed).hasSize(20).containsOnly(at(7));
  }

  @Test
  void aFailedDialCountsAgainstTheAddressBookEntry() {
    book.learn(at(3), LAN);
    Dialer d = dialer(List.of(), List.of());
    d.tick();
    outcomes.get(0).complete(Optional.empty());
    assertThat(book.get(id(3)).orElseThrow().failures()).isEqualTo(1);
  }

  @Test
  void dialsAtMostOneNewPeerPerPublicSubnet() {
    InetAddress source = IpRanges.literal("30.0.0.1").orElseThrow();
    for (int k = 2; k < 8; k++) {
      book.learn(PeerAddress.of(id(k), "20.0.0." + k, 30303), source);
    }
    book.learn(PeerAddress.of(id(9), "20.0.1.9", 30303), source);
    Dialer d = dialer(List.of(), List.of());
    assertThat(d.tick()).isEqualTo(2);
    assertThat(dialed).extracting(PeerAddress::host).anyMatch(h -> h.startsWith("20.0.0."))
        .anyMatch(h -> h.equals("20.0.1.9"));
  }

  @Test
  void forgetsTheStalestAddressesBeyondItsBound() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8));
    for (int i = 0; i < Backoff.MAX_TRACKED + 100; i++) {
      backoff.failed("10.0." + (i >> 8) + "." + (i & 0xff) + ":1", now.get());
    }
    assertThat(backoff.tracked()).isEqualTo(Backoff.MAX_TRACKED);
    assertThat(backoff.failures("10.0.0.0:1")).isZero();
    assertThat(backoff.failures("10.0.16.99:1")).isEqualTo(1);
  }
}
