package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.peerchain.p2p.FakeIds;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/** Whatever peers say and however dials go, the book stays within every one of its limits. */
class AddressBookPropertyTest {
  private static final PeerId SELF = FakeIds.fake(0);
  private static final AddressBook.Limits LIMITS = new AddressBook.Limits(40, 5, 12);

  private static final String[] HOSTS = {"20.0.0.", "20.0.1.", "20.0.2.", "21.5.5.", "10.0.0.", "127.0.0.", "evil"};
  private static final String[] SOURCES = {"66.6.6.6", "66.6.6.7", "30.1.1.1", "10.0.0.9", "127.0.0.1"};

  @Property(tries = 200)
  void everyLimitHoldsAfterAnySequence(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 1 << 20) Integer> ops) {
    AddressBook book = new AddressBook(SELF, LIMITS, () -> 5000, new Random(3));
    for (int op : ops) {
      PeerId id = FakeIds.fake(op % 61);
      String prefix = HOSTS[(op >> 6) % HOSTS.length];
      String host = prefix.equals("evil") ? "evil.example" : prefix + ((op >> 9) % 9 + 1);
      PeerAddress address = PeerAddress.of(id, host, 30303 + (op >> 13) % 3);
      InetAddress source = IpRanges.literal(SOURCES[(op >> 15) % SOURCES.length]).orElseThrow();
      switch ((op >> 18) % 4) {
        case 0, 1 -> book.learn(address, source);
        case 2 -> book.markSeen(address);
        default -> book.markFailed(id);
      }
      checkLimits(book);
    }
  }

  private static void checkLimits(AddressBook book) {
    List<AddressBook.Entry> entries = book.entries();
    assertThat(entries.size()).isLessThanOrEqualTo(LIMITS.capacity());
    Set<String> hostPorts = new HashSet<>();
    Map<String, Integer> perSubnet = new HashMap<>();
    Map<String, Integer> perSource = new HashMap<>();
    for (AddressBook.Entry e : entries) {
      assertThat(e.address().id()).isPresent().get().isNotEqualTo(SELF);
      assertThat(hostPorts.add(e.address().hostPort())).as("one entry per address").isTrue();
      boolean lan = IpRanges.literal(e.address().host()).map(IpRanges::isLan).orElse(false);
      if (!lan) {
        perSubnet.merge(Subnet.ofHost(e.address().host()), 1, Integer::sum);
      }
      if (!e.tried()) {
        InetAddress source = e.source().orElseThrow();
        InetAddress ip = IpRanges.literal(e.address().host()).orElseThrow(() -> new AssertionError("hearsay by name"));
        assertThat(RelayRule.check(source, ip)).isEmpty();
        assertThat(e.failures()).isLessThan(AddressBook.MAX_LEARNED_FAILURES);
        perSource.merge(Subnet.of(source), 1, Integer::sum);
      } else {
        assertThat(e.source()).isEmpty();
        assertThat(e.failures()).isLessThan(AddressBook.MAX_TRIED_FAILURES);
      }
    }
    assertThat(perSubnet.values()).allMatch(n -> n <= LIMITS.perSubnet());
    assertThat(perSource.values()).allMatch(n -> n <= LIMITS.perSource());
  }
}
