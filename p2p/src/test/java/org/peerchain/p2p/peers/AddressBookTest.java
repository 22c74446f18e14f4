package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.FakeIds.fake;
import static org.peerchain.p2p.P2pFixtures.id;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.p2p.identity.PeerAddress;

class AddressBookTest {
  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong(1000);

  private static PeerAddress at(int key, int port) {
    return PeerAddress.of(id(key), "127.0.0.1", port);
  }

  /** A public address: key k lives in subnet 20.0.(k / 10).0/24. */
  static PeerAddress pub(int key) {
    return PeerAddress.of(fake(key), "20.0." + (key / 10) + "." + (key % 10 + 1), 30303);
  }

  static InetAddress ip(String text) {
    return IpRanges.literal(text).orElseThrow();
  }

  private AddressBook book(int capacity, int perSubnet, int perSource) {
    return new AddressBook(id(1), new AddressBook.Limits(capacity, perSubnet, perSource), clock::get, new Random(7));
  }

  @Test
  void isBoundedAndEvictsTheMostFailingFirst() {
    AddressBook book = new AddressBook(id(1), 3, clock::get);
    book.learn(at(2, 2), LOOPBACK);
    book.learn(at(3, 3), LOOPBACK);
    book.learn(at(4, 4), LOOPBACK);
    book.markFailed(id(3));
    book.learn(at(5, 5), LOOPBACK);
    assertThat(book.size()).isEqualTo(3);
    assertThat(book.get(id(3))).isEmpty();
    assertThat(book.get(id(5))).isPresent();
  }

  @Test
  void neverHoldsOurselvesAndRanksWorkingAddressesFirst() {
    AddressBook book = new AddressBook(id(1), 10, clock::get);
    book.learn(at(1, 1), LOOPBACK);
    book.markSeen(at(1, 1));
    book.learn(at(2, 2), LOOPBACK);
    book.learn(at(3, 3), LOOPBACK);
    book.markFailed(id(2));
    book.markSeen(at(3, 3));
    assertThat(book.select(10, x -> false)).containsExactly(at(3, 3), at(2, 2));
    assertThat(book.select(10, id(3)::equals)).containsExactly(at(2, 2));
  }

  @Test
  void aKnownIdsAddressMovesOnlyOnASuccessfulConnection() {
    AddressBook book = new AddressBook(id(1), 10, clock::get);
    book.learn(at(2, 2), LOOPBACK);
    book.markFailed(id(2));
    book.learn(at(2, 9999), LOOPBACK);
    assertThat(book.get(id(2)).orElseThrow().address()).isEqualTo(at(2, 2));
    book.markSeen(at(2, 2));
    book.markFailed(id(2));
    book.learn(at(2, 9999), LOOPBACK);
    assertThat(book.get(id(2)).orElseThrow().address()).isEqualTo(at(2, 2));
    book.markSeen(at(2, 9999));
    assertThat(book.get(id(2)).orElseThrow().address()).isEqualTo(at(2, 9999));
  }

  @Test
  void hearsayMustPassTheRelayRuleAndBeAnIpAddress() {
    AddressBook book = book(100, 10, 100);
    InetAddress remote = ip("20.1.1.1");
    assertThat(book.learn(at(2, 2), remote)).as("loopback from a remote sender").isFalse();
    assertThat(book.learn(PeerAddress.of(id(3), "192.168.1.5", 1), remote)).as("LAN from a public sender").isFalse();
    assertThat(book.learn(PeerAddress.of(id(4), "0.0.0.0", 1), LOOPBACK)).as("unspecified").isFalse();
    assertThat(book.learn(PeerAddress.of(id(5), "224.0.0.1", 1), remote)).as("multicast").isFalse();
    assertThat(book.learn(PeerAddress.of(id(6), "evil.example", 1), remote)).as("a name").isFalse();
    assertThat(book.learn(PeerAddress.of(id(7), "192.168.1.5", 1), ip("10.0.0.2"))).isTrue();
    assertThat(book.learn(at(8, 8), LOOPBACK)).isTrue();
    assertThat(book.learn(pub(9), remote)).isTrue();
    assertThat(book.size()).isEqualTo(3);
  }

  @Test
  void oneSourceSubnetHoldsABoundedShareOfHearsay() {
    AddressBook book = book(1000, 1000, 8);
    for (int k = 2; k < 200; k++) {
      book.learn(pub(k), ip("30.0.0." + (k % 250 + 1)));
    }
    assertThat(book.size()).isEqualTo(8);
    // Another source is not held back by the first one's share.
    assertThat(book.learn(pub(500), ip("31.0.0.1"))).isTrue();
  }

  @Test
  void oneAddressSubnetHoldsABoundedNumberOfEntriesButLanSubnetsAreExempt() {
    AddressBook book = book(1000, 3, 1000);
    for (int k = 20; k < 30; k++) {
      book.learn(pub(k), ip("30.0.0.1"));
    }
    assertThat(book.entries()).hasSize(3);
    for (int port = 1; port <= 10; port++) {
      book.learn(PeerAddress.of(id(100 + port), "127.0.0.1", port), LOOPBACK);
    }
    assertThat(book.entries()).hasSize(13);
  }

  @Test
  void hearsayNeverEvictsTriedEntries() {
    AddressBook book = book(4, 2, 100);
    book.markSeen(pub(20));
    book.markSeen(pub(21));
    book.markSeen(pub(30));
    book.markSeen(pub(40));
    for (int k = 22; k < 30; k++) {
      assertThat(book.learn(pub(k), ip("30.0.0.1"))).isFalse();
    }
    for (int k = 50; k < 99; k++) {
      assertThat(book.learn(pub(k), ip("30.0.0.1"))).isFalse();
    }
    assertThat(book.entries()).allMatch(AddressBook.Entry::tried).hasSize(4);
    // A new tried entry takes the place of hearsay first, else of the worst tried entry.
    book.markFailed(fake(40));
    book.markSeen(pub(50));
    assertThat(book.get(fake(40))).isEmpty();
    assertThat(book.get(fake(50))).isPresent();
    AddressBook small = book(2, 10, 10);
    small.markSeen(pub(20));
    small.markFailed(fake(20));
    small.learn(pub(30), ip("30.0.0.1"));
    small.markSeen(pub(40));
    assertThat(small.get(fake(20))).as("tried, though failing").isPresent();
    assertThat(small.get(fake(30))).as("hearsay goes first").isEmpty();
  }

  @Test
  void failingHearsayIsDroppedAfterThreeFailuresTriedAfterTen() {
    AddressBook book = book(100, 10, 100);
    book.learn(pub(20), ip("30.0.0.1"));
    book.markSeen(pub(30));
    for (int i = 0; i < AddressBook.MAX_LEARNED_FAILURES; i++) {
      book.markFailed(fake(20));
      book.markFailed(fake(30));
    }
    assertThat(book.get(fake(20))).isEmpty();
    assertThat(book.get(fake(30))).isPresent();
    for (int i = AddressBook.MAX_LEARNED_FAILURES; i < AddressBook.MAX_TRIED_FAILURES; i++) {
      book.markFailed(fake(30));
    }
    assertThat(book.get(fake(30))).isEmpty();
  }

  @Test
  void selectionIsRandomAmongTheBestAndSpreadOverSubnets() {
    AddressBook book = new AddressBook(id(1), new AddressBook.Limits(1000, 100, 1000), clock::get, new Random(1));
    // Ten subnets (20.0.2.0/24 .. 20.0.11.0/24) of ten learned entries each.
    for (int k = 20; k < 120; k++) {
      book.learn(pub(k), ip("30.0.0.1"));
    }
    List<PeerAddress> first = book.select(10, x -> false);
    Set<String> subnets = new HashSet<>();
    first.forEach(a -> subnets.add(Subnet.ofHost(a.host())));
    assertThat(subnets).hasSize(10);
    Set<PeerAddress> seen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      seen.addAll(book.select(1, x -> false));
    }
    assertThat(seen).hasSizeGreaterThan(5);
    // A tried entry always beats hearsay.
    book.markSeen(pub(77));
    for (int i = 0; i < 10; i++) {
      assertThat(book.select(1, x -> false)).containsExactly(pub(77));
    }
  }

  @Test
  void onlyTriedEntriesAreShared() {
    AddressBook book = book(100, 10, 100);
    book.learn(pub(20), ip("30.0.0.1"));
    book.markSeen(pub(30));
    assertThat(book.shareable(64, x -> false)).containsExactly(pub(30));
  }

  @Test
  void anInboundPeerMayMoveItsOwnHearsayEntryButNotATriedOne() {
    AddressBook book = book(100, 10, 100);
    book.learn(pub(20), ip("30.0.0.1"));
    PeerAddress itself = PeerAddress.of(fake(20), "40.0.0.1", 4000);
    assertThat(book.learnFromItself(itself)).isTrue();
    assertThat(book.get(fake(20)).orElseThrow().address()).isEqualTo(itself);
    book.markSeen(pub(30));
    assertThat(book.learnFromItself(PeerAddress.of(fake(30), "40.0.0.2", 4000))).isFalse();
    assertThat(book.get(fake(30)).orElseThrow().address()).isEqualTo(pub(30));
  }

  @Test
  void survivesASaveAndLoad() {
    AddressBook book = new AddressBook(id(1), 10, clock::get);
    book.markSeen(at(2, 2));
    book.learn(at(3, 3), LOOPBACK);
    book.markFailed(id(3));
    AddressBookFile file = new AddressBookFile(dir);
    file.save(book);
    AddressBook loaded = new AddressBook(id(1), 10, clock::get);
    assertThat(file.loadInto(loaded)).isEqualTo(2);
    assertThat(loaded.entries()).containsExactlyInAnyOrderElementsOf(book.entries());
  }

  @Test
  void aDamagedFileIsIgnoredEntryByEntryOrWhole() throws Exception {
    Files.writeString(dir.resolve("peers.json"), "{\"version\":1,\"peers\":[{\"address\":\"nonsense\"},"
        + "{\"address\":\"" + at(2, 2) + "\",\"lastSeen\":5,\"failures\":1}]}");
    AddressBook book = new AddressBook(id(1), 10, clock::get);
    assertThat(new AddressBookFile(dir).loadInto(book)).isEqualTo(1);
    assertThat(book.get(id(2)).orElseThrow().failures()).isEqualTo(1);
    Files.writeString(dir.resolve("peers.json"), "{not json");
    assertThat(new AddressBookFile(dir).loadInto(new AddressBook(id(1), 10, clock::get))).isZero();
  }

  @Test
  void aPoisonedFileLoadsOnlyWhatTheRulesAllow() throws Exception {
    StringBuilder json = new StringBuilder("{\"version\":2,\"peers\":[");
    // What the old rules let one attacker leave behind: hundreds of unproven entries.
    for (int k = 20; k < 1020; k++) {
      json.append("{\"address\":\"").append(pub(k)).append("\",\"lastSeen\":0,\"failures\":0,\"source\":\"66.6.6.6\"},");
    }
    json.append("{\"address\":\"").append(at(3, 3)).append("\",\"lastSeen\":0,\"failures\":0,\"source\":\"66.6.6.6\"},");
    json.append("{\"address\":\"").append(pub(2000)).append("\",\"lastSeen\":0,\"failures\":0},");
    json.append("{\"address\":\"").append(pub(2001)).append("\",\"lastSeen\":0,\"failures\":3,\"source\":\"5.5.5.5\"},");
    json.append("{\"address\":\"").append(pub(2002)).append("\",\"lastSeen\":999999999,\"failures\":0}]}");
    Files.writeString(dir.resolve("peers.json"), json);
    AddressBook book = book(1000, 32, 64);
    assertThat(new AddressBookFile(dir).loadInto(book)).isEqualTo(65);
    assertThat(book.get(fake(2002)).orElseThrow().lastSeenMillis()).as("not in the future").isEqualTo(1000);
    assertThat(book.get(id(3))).as("loopback from a remote source").isEmpty();
    assertThat(book.get(fake(2000))).as("hearsay without a source").isEmpty();
    assertThat(book.get(fake(2001))).as("hearsay failed too often").isEmpty();
  }

  @Test
  void oneHostAndPortHoldsOneEntry() {
    AddressBook book = book(100, 10, 100);
    book.learn(pub(20), ip("30.0.0.1"));
    // Another id at an address the book holds is not taken: one host:port, one entry.
    assertThat(book.learn(PeerAddress.of(fake(21), pub(20).host(), pub(20).port()), ip("30.0.0.1"))).isFalse();
    assertThat(book.entries()).extracting(e -> e.address().id().orElseThrow()).containsExactly(fake(20));
  }
}
