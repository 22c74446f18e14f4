package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelayRuleTest {
  private static InetAddress ip(String s) {
    return IpRanges.literal(s).orElseThrow();
  }

  @ParameterizedTest(name = "{1} from {0}: {2}")
  @CsvSource({
      "8.8.8.8, 1.2.3.4, true",
      "8.8.8.8, 127.0.0.1, false",
      "8.8.8.8, 10.1.2.3, false",
      "8.8.8.8, 192.168.0.9, false",
      "8.8.8.8, 172.16.5.5, false",
      "8.8.8.8, 100.64.0.1, false",
      "8.8.8.8, fd00::1, false",
      "8.8.8.8, 0.0.0.0, false",
      "8.8.8.8, 255.255.255.255, false",
      "8.8.8.8, 239.1.1.1, false",
      "8.8.8.8, 203.0.113.7, false",
      "8.8.8.8, 2001:db8::1, false",
      "8.8.8.8, 2a00:1450::1, true",
      "10.0.0.1, 192.168.0.9, true",
      "10.0.0.1, 127.0.0.1, false",
      "10.0.0.1, 8.8.4.4, true",
      "127.0.0.1, 127.0.0.1, true",
      "127.0.0.1, 10.1.2.3, true",
      "::1, ::1, true",
      "::1, ::, false",
  })
  void allowsLocalAddressesOnlyFromSendersAsLocal(String sender, String address, boolean allowed) {
    assertThat(RelayRule.check(ip(sender), ip(address)).isEmpty()).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({"1.2.3.4, 1.2.3.0/24", "::ffff:1.2.3.4, 1.2.3.0/24", "2a00:1450:4001:81a::200e, 2a00:1450:4001::/48"})
  void groupsBySlash24AndSlash48(String address, String subnet) {
    assertThat(Subnet.of(ip(address))).isEqualTo(subnet);
  }

  @ParameterizedTest
  @CsvSource({"example.com", "1.2.3", "localhost"})
  void namesAreNotIpLiterals(String host) {
    assertThat(IpRanges.literal(host)).isEmpty();
    assertThat(Subnet.ofHost(host)).startsWith("name:");
  }
}
