package org.peerchain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of docs/architecture.md as ArchUnit rules. Maven already refuses an upward module
 * dependency at compile time; these add what Maven cannot see: cycles between packages inside a
 * module, and what the consensus engine and the p2p module may not touch at all.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /** core ← storage ← consensus ← rpc ← node ← testnet, and p2p ← node: nothing imports upward. */
  static final ArchRule MODULE_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("core").definedBy("org.peerchain.core..")
      .layer("storage").definedBy("org.peerchain.storage..")
      .layer("consensus").definedBy("org.peerchain.consensus..")
      .layer("rpc").definedBy("org.peerchain.rpc..")
      .layer("p2p").definedBy("org.peerchain.p2p..")
      .layer("node").definedBy("org.peerchain.node..")
      .layer("testnet").definedBy("org.peerchain.testnet..")
      .whereLayer("testnet").mayNotBeAccessedByAnyLayer()
      .whereLayer("node").mayOnlyBeAccessedByLayers("testnet")
      .whereLayer("p2p").mayOnlyBeAccessedByLayers("node", "testnet")
      .whereLayer("rpc").mayOnlyBeAccessedByLayers("node", "testnet")
      .whereLayer("consensus").mayOnlyBeAccessedByLayers("rpc", "node", "testnet")
      .whereLayer("storage").mayOnlyBeAccessedByLayers("consensus", "rpc", "node", "testnet");

  /** Every package is its own slice: a newcomer can read the packages bottom-up. */
  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.peerchain.(**)")
      .should().beFreeOfCycles();

  /**
   * The engine is a pure state machine, (state, event) → actions: no clock, no thread, no I/O, no
   * storage. That is what lets the simulation replay a seed exactly.
   */
  static final ArchRule PURE_CONSENSUS_ENGINE = pureStateMachine("org.peerchain.consensus.bft.engine..");

  static ArchRule pureStateMachine(String packageIdentifier) {
    return noClasses()
      .that().resideInAPackage(packageIdentifier)
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
          "java.time..", "java.util.concurrent..", "org.peerchain.storage..", "org.rocksdb..")
      .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .because("the engine is driven by injected events and time (docs/architecture.md)");
  }

  /** The network knows peers and bytes, not what the bytes mean to the ledger. */
  static final ArchRule P2P_KNOWS_NO_LEDGER = networkWithoutLedger("org.peerchain.p2p..");

  static ArchRule networkWithoutLedger(String packageIdentifier) {
    return noClasses()
      .that().resideInAPackage(packageIdentifier)
      .should().dependOnClassesThat().resideInAnyPackage("org.peerchain.consensus..", "org.peerchain.storage..",
          "org.peerchain.rpc..", "org.peerchain.node..", "org.rocksdb..", "io.javalin..")
      .because("node adapts p2p through the interfaces p2p owns");
  }
}
