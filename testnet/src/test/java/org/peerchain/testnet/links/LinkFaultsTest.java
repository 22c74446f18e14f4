package org.peerchain.testnet.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.manifest.NodeRole;

class LinkFaultsTest {
  @Test
  void aPartitionCutsEveryLinkAcrossBothWaysAndNoneWithin() {
    LinkFaults f = LinkFaults.partition(List.of("node1", "node2"), List.of("node3", "node4"));
    assertThat(f.cut(new Link("node1", "node3"))).isTrue();
    assertThat(f.cut(new Link("node4", "node2"))).isTrue();
    assertThat(f.cut(new Link("node1", "node2"))).isFalse();
    assertThat(f.rules()).hasSize(8);
  }

  @Test
  void aPartitionNeedsTwoDisjointNonEmptyGroups() {
    assertThatThrownBy(() -> LinkFaults.partition(List.of("node1"), List.of())).hasMessageContaining("non-empty");
    assertThatThrownBy(() -> LinkFaults.partition(List.of("node1"), List.of("node1")))
        .hasMessageContaining("both sides");
  }

  @Test
  void oneWayStallsOnlyTheSilentNodesDirections() {
    LinkFaults f = LinkFaults.oneWay("node2", List.of("node1", "node2", "node3"));
    assertThat(f.rule(new Link("node2", "node1")).stalled()).isTrue();
    assertThat(f.rule(new Link("node1", "node2")).isOpen()).isTrue();
    assertThat(f.rules()).hasSize(2);
  }

  @Test
  void faultsCombineAndOpenRulesAreNotKept() {
    LinkFaults f = LinkFaults.latency(List.of("node1", "node2"), 100, 20)
        .and(LinkFaults.oneWay("node1", List.of("node2")))
        .and(new LinkFaults(Map.of(new Link("node3", "node4"), LinkRule.OPEN)));
    assertThat(f.rule(new Link("node1", "node2"))).isEqualTo(new LinkRule(false, true, 100, 20));
    assertThat(f.rules()).hasSize(2);
  }

  @Test
  void theCodecRoundTripsAndRefusesBadInput() {
    LinkFaults f = LinkFaults.partition(List.of("node1"), List.of("node2", "node3"))
        .and(LinkFaults.latency(List.of("node2", "node3"), 50, 10));
    assertThat(LinkFaultsCodec.fromJson(LinkFaultsCodec.toJson(f))).isEqualTo(f);
    assertThat(LinkFaultsCodec.fromJson(LinkFaultsCodec.toJson(LinkFaults.NONE)).isNone()).isTrue();
    assertThatThrownBy(() -> LinkFaultsCodec.fromJson("{\"version\":1,\"links\":[{\"from\":\"a\",\"to\":\"a\","
        + "\"cut\":true,\"stalled\":false,\"latencyMs\":0,\"jitterMs\":0}]}")).hasMessageContaining("itself");
    assertThatThrownBy(() -> LinkFaultsCodec.fromJson("{\"version\":1,\"links\":[{\"from\":\"a\",\"to\":\"b\","
        + "\"cut\":true,\"stalled\":false,\"latencyMs\":-5,\"jitterMs\":0}]}")).hasMessageContaining("latency");
    assertThatThrownBy(() -> LinkFaultsCodec.fromJson("{\"version\":2}")).hasMessageContaining("version 1");
    assertThatThrownBy(() -> LinkFaultsCodec.fromJson("x".repeat(LinkFaultsCodec.MAX_CHARS + 1)))
        .hasMessageContaining("longer");
  }

  @Test
  void routesUseEachNodesSparePortsAndStopAtEightNodes() {
    List<NodeEntry> nodes = List.of(node(1, 26_000), node(2, 26_010), node(3, 26_020));
    List<Route> routes = LinkRoutes.of(nodes);
    assertThat(routes).hasSize(6);
    assertThat(routes.get(0)).isEqualTo(new Route(new Link("node1", "node2"), 26_003, 26_010));
    assertThat(routes.get(1)).isEqualTo(new Route(new Link("node1", "node3"), 26_004, 26_020));
    assertThat(routes.get(2)).isEqualTo(new Route(new Link("node2", "node1"), 26_013, 26_000));
    assertThat(LinkRoutes.proxiedAddress(nodes.get(2), nodes.get(0), nodes)).endsWith("@127.0.0.1:26023")
        .startsWith("peerchain://" + nodes.get(0).nodeId());
    assertThat(LinkRoutes.STRIDE).isEqualTo(org.peerchain.testnet.layout.PortPlan.STRIDE);
    LinkRoutes.check(8);
    assertThatThrownBy(() -> LinkRoutes.check(9)).hasMessageContaining("at most 8 nodes");
  }

  static NodeEntry node(int i, int p2p) {
    return new NodeEntry("node" + i, NodeRole.VALIDATOR, i - 1, java.nio.file.Path.of("/tmp/n" + i), p2p, p2p + 1, p2p + 2,
        "ab".repeat(64), Optional.empty(), OptionalLong.empty());
  }
}
