package org.peerchain.consensus.sim;

import java.util.List;

/** What a run did and every invariant it broke. */
public record SimResult(SimConfig config, String faults, List<String> violations, List<Integer> heights,
    long virtualMs, long events, long gstMs, long lastGstToDoneMs, String trace, long tampered) {

  public boolean passed() {
    return violations.isEmpty();
  }

  /** A report a developer can act on: seed, how to replay it, what broke, and the last events. */
  public String report() {
    return "simulation seed " + config.seed() + " (n=" + config.n() + ", rules=" + config.rules() + ") FAILED\n"
        + "replay: mvn -pl consensus -am test -Dtest=SimulationTest -Dsim.seed=" + config.seed()
        + " -Dsurefire.failIfNoSpecifiedTests=false\n"
        + "faults: " + faults + "\n"
        + "violations:\n  " + String.join("\n  ", violations) + "\n"
        + "heights per node: " + heights + ", virtual time " + virtualMs + " ms, " + events + " events\n"
        + "last events:\n" + trace;
  }
}
