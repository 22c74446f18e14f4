package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostAllowlistTest {
  private final HostAllowlist defaults = new HostAllowlist(List.of("localhost", "127.0.0.1"));

  @Test
  void namesAreMatchedWithoutPortAndCase() {
    assertThat(defaults.permits("localhost")).isTrue();
    assertThat(defaults.permits("LOCALHOST:8545")).isTrue();
    assertThat(defaults.permits("attacker.example")).isFalse();
    assertThat(defaults.permits("localhost.attacker.example:8545")).isFalse();
  }

  @Test
  void ipLiteralsAndMissingHostsPass() {
    assertThat(defaults.permits("192.168.0.10:8545")).isTrue();
    assertThat(defaults.permits("[::1]:8545")).isTrue();
    assertThat(defaults.permits("::1")).isTrue();
    assertThat(defaults.permits(null)).isTrue();
    assertThat(defaults.permits("")).isTrue();
  }

  @Test
  void nearlyIpNamesAreNames() {
    assertThat(defaults.permits("1.2.3")).isFalse();
    assertThat(defaults.permits("1.2.3.256")).isFalse();
    assertThat(defaults.permits("1.2.3.4.example")).isFalse();
  }

  @Test
  void originPolicy() {
    OriginPolicy none = new OriginPolicy(List.of());
    assertThat(none.allowsCors("https://a.example")).isFalse();
    assertThat(none.allowsWebSocket(null)).isTrue();
    assertThat(none.allowsWebSocket("http://localhost:3000")).isTrue();
    assertThat(none.allowsWebSocket("https://a.example")).isFalse();
    assertThat(none.allowsWebSocket("not a uri")).isFalse();
    OriginPolicy one = new OriginPolicy(List.of("https://a.example"));
    assertThat(one.allowsCors("https://A.example")).isTrue();
    assertThat(one.allowOriginHeader("https://a.example")).isEqualTo("https://a.example");
    assertThat(one.allowsWebSocket("http://localhost")).isFalse();
    OriginPolicy any = new OriginPolicy(List.of("*"));
    assertThat(any.allowsCors("https://b.example")).isTrue();
    assertThat(any.allowOriginHeader("https://b.example")).isEqualTo("*");
  }
}
