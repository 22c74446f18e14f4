package org.peerchain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each rule, broken on purpose: small classes under {@code fixture} break one rule each and must
 * make it fail, so a rule that silently matches nothing cannot pass for a kept rule.
 */
class RulesCatchViolationsTest {
  private static final String FIXTURES = "org.peerchain.architecture.fixture";
  private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

  @Test
  void aPackageCycleFailsTheCycleRule() {
    EvaluationResult result = ArchitectureRules.NO_PACKAGE_CYCLES.evaluate(CLASSES);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("fixture.cycle.a").contains("fixture.cycle.b");
  }

  @Test
  void aClockAndAThreadInAStateMachineFailThePurityRule() {
    EvaluationResult result = ArchitectureRules.pureStateMachine(FIXTURES + ".engine..").evaluate(CLASSES);
    assertThat(result.getFailureReport().toString()).contains("currentTimeMillis").contains("java.lang.Thread");
  }

  @Test
  void aLedgerTypeInTheNetworkFailsTheP2pRule() {
    EvaluationResult result = ArchitectureRules.networkWithoutLedger(FIXTURES + ".p2p..").evaluate(CLASSES);
    assertThat(result.getFailureReport().toString()).contains("org.peerchain.storage");
  }

  @Test
  void aPackageThatKeepsTheRulesPasses() {
    assertThat(ArchitectureRules.pureStateMachine(FIXTURES + ".cycle..").evaluate(CLASSES).hasViolation()).isFalse();
    assertThat(ArchitectureRules.networkWithoutLedger(FIXTURES + ".cycle..").evaluate(CLASSES).hasViolation())
        .isFalse();
  }
}
