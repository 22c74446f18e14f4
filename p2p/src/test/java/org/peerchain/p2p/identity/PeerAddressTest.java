package org.peerchain.p2p.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peerchain.p2p.P2pFixtures;

class PeerAddressTest {
  private final PeerId id = P2pFixtures.id(3);

  @Test
  void parsesAndPrintsTheFullForm() {
    String text = "peerchain://" + id.toHex() + "@127.0.0.1:30303";
    PeerAddress a = PeerAddress.parse(text);
    assertThat(a.id()).contains(id);
    assertThat(a.host()).isEqualTo("127.0.0.1");
    assertThat(a.port()).isEqualTo(30303);
    assertThat(a).hasToString(text);
  }

  @Test
  void theIdMayBeLeftOutAndIpv6HostsAreBracketed() {
    PeerAddress a = PeerAddress.parse("peerchain://[::1]:9000");
    assertThat(a.id()).isEmpty();
    assertThat(a.host()).isEqualTo("::1");
    assertThat(a).hasToString("peerchain://[::1]:9000");
  }

  @Test
  void refusesMalformedAddressesWithTheReason() {
    assertThatThrownBy(() -> PeerAddress.parse("enode://abc@1.2.3.4:1")).hasMessageContaining("starts with peerchain://");
    assertThatThrownBy(() -> PeerAddress.parse("peerchain://1.2.3.4")).hasMessageContaining("host:port");
    assertThatThrownBy(() -> PeerAddress.parse("peerchain://1.2.3.4:0")).hasMessageContaining("port must be in");
    assertThatThrownBy(() -> PeerAddress.parse("peerchain://1.2.3.4:x")).hasMessageContaining("not a number");
    assertThatThrownBy(() -> PeerAddress.parse("peerchain://abcd@1.2.3.4:1")).hasMessageContaining("64 bytes");
    assertThatThrownBy(() -> PeerAddress.parse("peerchain://zz@1.2.3.4:1")).hasMessageContaining("not hex");
    assertThatThrownBy(() -> PeerAddress.parse("peerchain://::1:5")).hasMessageContaining("brackets");
    assertThatThrownBy(() -> PeerAddress.parse("peerchain://a b:5")).hasMessageContaining("invalid character");
  }
}
