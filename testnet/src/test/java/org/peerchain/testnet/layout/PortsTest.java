package org.peerchain.testnet.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.manifest.NodeRole;

class PortsTest {
  @Test
  void nodeIUsesTheBasePortPlusTenI() {
    assertThat(PortPlan.forNode(26_000, 0)).isEqualTo(new PortPlan.NodePorts(26_000, 26_001, 26_002));
    assertThat(PortPlan.forNode(26_000, 3)).isEqualTo(new PortPlan.NodePorts(26_030, 26_031, 26_032));
  }

  @Test
  void basePortsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> PortPlan.check(80, 4)).hasMessageContaining("--base-port: 80");
    assertThatThrownBy(() -> PortPlan.check(65_520, 4)).hasMessageContaining("no room for 4 nodes");
    PortPlan.check(65_500, 4);
  }

  @Test
  void aPortInUseIsNamedWithItsPurpose() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = taken.getLocalPort();
      // Port 0 always binds, so only the taken port can be reported (its neighbours may be anyone's).
      NodeEntry node = new NodeEntry("node2", NodeRole.VALIDATOR, 1, Path.of("/x"), 0, port, 0, "ab",
          Optional.empty(), OptionalLong.empty());
      assertThat(PortCheck.isFree(port)).isFalse();
      assertThatThrownBy(() -> PortCheck.requireFree(PortCheck.uses(node)))
          .isInstanceOf(TestnetException.class)
          .hasMessageStartingWith("port " + port + " (JSON-RPC of node2) is in use on 127.0.0.1");
    }
  }

  @Test
  void freePortsPass() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress("127.0.0.1", 0));
      port = probe.getLocalPort();
    }
    assertThat(PortCheck.isFree(port)).isTrue();
  }
}
