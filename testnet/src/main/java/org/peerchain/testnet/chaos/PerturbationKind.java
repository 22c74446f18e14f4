package org.peerchain.testnet.chaos;

/** The faults chaos injects; each ends by healing the node. */
public enum PerturbationKind {
  /** SIGKILL, then a restart: a crash, losing whatever was not on disk. */
  KILL_RESTART("kill -9 + restart"),
  /** SIGSTOP, then SIGCONT: the node is cut off (and then floods back), its state intact. */
  PAUSE("pause (SIGSTOP/SIGCONT)"),
  /** SIGTERM, then a restart: an orderly restart. */
  TERM_RESTART("restart (SIGTERM)");

  private final String label;

  PerturbationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
