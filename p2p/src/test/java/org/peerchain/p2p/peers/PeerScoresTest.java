package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.id;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PeerScoresTest {
  private final AtomicLong now = new AtomicLong();
  private final BanList bans = new BanList(Duration.ofMinutes(10), 100, now::get);
  private final PeerScores scores = new PeerScores(bans, now::get);

  @Test
  void pointsAddUpToATimedBanOfIdAndIp() throws Exception {
    InetAddress ip = InetAddress.getByName("10.1.2.3");
    assertThat(scores.penalize(id(2), ip, 50, "bad")).isFalse();
    assertThat(scores.points(id(2))).isEqualTo(50);
    assertThat(scores.penalize(id(2), ip, 50, "bad again")).isTrue();
    assertThat(bans.isBanned(id(2))).isTrue();
    assertThat(bans.isBanned(ip)).isTrue();
    now.addAndGet(Duration.ofMinutes(10).toNanos());
    assertThat(bans.isBanned(id(2))).isFalse();
    assertThat(bans.isBanned(ip)).isFalse();
  }

  @Test
  void pointsFadeSoRareFaultsNeverBan() {
    for (int i = 0; i < 50; i++) {
      assertThat(scores.penalize(id(2), null, 10, "timeout")).isFalse();
      now.addAndGet(Duration.ofSeconds(100).toNanos());
    }
    assertThat(scores.points(id(2))).isZero();
  }

  @Test
  void loopbackAddressesAreNeverBannedByIp() {
    scores.penalize(id(2), InetAddress.getLoopbackAddress(), 100, "bad");
    assertThat(bans.isBanned(id(2))).isTrue();
    assertThat(bans.isBanned(InetAddress.getLoopbackAddress())).isFalse();
  }
}
