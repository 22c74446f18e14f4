package org.peerchain.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules against the main code of every module (tests are free to reach across). */
@AnalyzeClasses(packages = "org.peerchain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule moduleLayers = ArchitectureRules.MODULE_LAYERS;

  @ArchTest
  static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule pureConsensusEngine = ArchitectureRules.PURE_CONSENSUS_ENGINE;

  @ArchTest
  static final ArchRule p2pKnowsNoLedger = ArchitectureRules.P2P_KNOWS_NO_LEDGER;
}
