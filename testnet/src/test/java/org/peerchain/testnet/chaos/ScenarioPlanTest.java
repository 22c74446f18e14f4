package org.peerchain.testnet.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioPlanTest {
  static final List<String> FOUR = List.of("node1", "node2", "node3", "node4");

  static List<Perturbation> plan(List<String> validators, String... names) {
    return ScenarioPlan.build(Scenario.parseAll(List.of(names)), validators, List.of(), true, 10_000, 15_000);
  }

  @Test
  void scenariosRunOneAfterAnotherWithTheirHealTimeBetween() {
    List<Perturbation> p = plan(FOUR, "halves", "minority-split");
    assertThat(p).hasSize(2);
    assertThat(p.get(0).kind()).isEqualTo(PerturbationKind.PARTITION);
    assertThat(p.get(0).nodes()).containsExactly("node3", "node4");
    assertThat(p.get(0).leavesQuorum(4)).as("2 of 4 is no quorum").isFalse();
    assertThat(p.get(1).nodes()).containsExactly("node4");
    assertThat(p.get(1).leavesQuorum(4)).isTrue();
    assertThat(p.get(1).startMs()).isEqualTo(p.get(0).endMs() + 15_000);
    assertThat(ScenarioPlan.durationMs(Scenario.parseAll(List.of("halves", "minority-split")), 10_000, 15_000))
        .isEqualTo(p.get(1).endMs() + 15_000);
  }

  @Test
  void everyNamedScenarioIsStagedOnFourValidators() {
    List<Perturbation> p = plan(FOUR, "isolated-proposer", "minority-split", "halves", "one-way", "latency",
        "one-third-down", "rejoin-after-more-than-third-down");
    assertThat(p).extracting(Perturbation::kind).containsExactly(PerturbationKind.PARTITION, PerturbationKind.PARTITION,
        PerturbationKind.PARTITION, PerturbationKind.ONE_WAY, PerturbationKind.LATENCY, PerturbationKind.KILL_RESTART,
        PerturbationKind.TERM_RESTART, PerturbationKind.TERM_RESTART);
    assertThat(p.get(0).nodes()).containsExactly(Perturbation.NEXT_PROPOSER);
    // More than 1/3 down: two of four at once.
    assertThat(p.get(6).startMs()).isEqualTo(p.get(7).startMs());
  }

  @Test
  void moreThanFDownIsRefusedWithTheBound() {
    List<String> three = List.of("node1", "node2", "node3");
    assertThatThrownBy(() -> plan(three, "one-third-down")).hasMessageContaining("more than f = 0")
        .hasMessageContaining("at least 4 validators");
    assertThatThrownBy(() -> plan(three, "isolated-proposer")).hasMessageContaining("more than f = 0");
    assertThatThrownBy(() -> plan(three, "one-way")).hasMessageContaining("more than f = 0");
  }

  @Test
  void aPartitionOfAOneNodeNetworkIsRefused() {
    assertThatThrownBy(() -> plan(List.of("node1"), "halves")).hasMessageContaining("1-validator network");
    assertThatThrownBy(() -> plan(List.of("node1"), "latency")).hasMessageContaining("two nodes");
  }

  @Test
  void linkScenariosNeedALinkProxyAndNamesAreChecked() {
    assertThatThrownBy(() -> ScenarioPlan.build(Scenario.parseAll(List.of("halves")), FOUR, List.of(), false, 1, 1))
        .hasMessageContaining("--link-faults");
    assertThat(ScenarioPlan.build(Scenario.parseAll(List.of("one-third-down")), FOUR, List.of(), false, 1, 1)).hasSize(1);
    assertThatThrownBy(() -> Scenario.parse("split-brain")).hasMessageContaining("unknown scenario 'split-brain'")
        .hasMessageContaining("isolated-proposer");
  }
}
