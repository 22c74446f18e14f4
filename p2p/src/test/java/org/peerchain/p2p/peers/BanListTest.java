package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.id;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BanListTest {
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();
  private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - 5 * MINUTE);

  private static InetAddress ip(int last) throws Exception {
    return InetAddress.getByAddress(new byte[] {8, 8, 4, (byte) last});
  }

  @Test
  void bansEndAfterTheDurationEvenAcrossANanoTimeWrap() throws Exception {
    BanList bans = new BanList(Duration.ofMinutes(10), 10, now::get);
    bans.ban(id(2), ip(2));
    now.addAndGet(9 * MINUTE);
    assertThat(bans.isBanned(id(2))).isTrue();
    assertThat(bans.isBanned(ip(2))).isTrue();
    now.addAndGet(MINUTE);
    assertThat(bans.isBanned(id(2))).isFalse();
    assertThat(bans.isBanned(ip(2))).isFalse();
  }

  @Test
  void loopbackIsNeverBannedByAddress() {
    BanList bans = new BanList(Duration.ofMinutes(10), 10, now::get);
    bans.ban(id(2), InetAddress.getLoopbackAddress());
    assertThat(bans.isBanned(id(2))).isTrue();
    assertThat(bans.isBanned(InetAddress.getLoopbackAddress())).isFalse();
    assertThat(bans.size()).isEqualTo(1);
  }

  @Test
  void whenFullTheBanEndingSoonestMakesRoom() throws Exception {
    BanList bans = new BanList(Duration.ofMinutes(10), 3, now::get);
    for (int i = 2; i <= 4; i++) {
      bans.ban(id(i), ip(i));
      now.addAndGet(MINUTE);
    }
    // Banning 2 again moves its end last: 3 is now the soonest to end.
    bans.ban(id(2), ip(2));
    now.addAndGet(MINUTE);
    bans.ban(id(5), ip(5));
    assertThat(bans.isBanned(id(3))).isFalse();
    assertThat(bans.isBanned(ip(3))).isFalse();
    assertThat(bans.isBanned(id(2))).isTrue();
    assertThat(bans.isBanned(id(4))).isTrue();
    assertThat(bans.isBanned(id(5))).isTrue();
    assertThat(bans.size()).isEqualTo(6);
  }

  @Test
  void expiredBansArePurgedWithoutBeingLookedUp() throws Exception {
    BanList bans = new BanList(Duration.ofMinutes(10), 1000, now::get);
    for (int i = 2; i < 102; i++) {
      bans.ban(id(i), ip(i));
    }
    assertThat(bans.size()).isEqualTo(200);
    now.addAndGet(10 * MINUTE);
    bans.purge();
    assertThat(bans.size()).isZero();
    // An insert purges too.
    bans.ban(id(2), null);
    now.addAndGet(10 * MINUTE);
    bans.ban(id(3), null);
    assertThat(bans.size()).isEqualTo(1);
  }
}
