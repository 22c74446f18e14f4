package org.peerchain.testnet.chaos;

import java.util.Arrays;
import java.util.List;

/** The faults chaos injects; each ends by healing the node or link. */
public enum PerturbationKind {
  /** SIGKILL, then a restart: a crash, losing whatever was not on disk. */
  KILL_RESTART("kill -9 + restart", false),
  /** SIGSTOP, then SIGCONT: the node is cut off (and then floods back), its state intact. */
  PAUSE("pause (SIGSTOP/SIGCONT)", false),
  /** SIGTERM, then a restart: an orderly restart. */
  TERM_RESTART("restart (SIGTERM)", false),
  /** The named nodes cannot reach the others nor be reached, both ways; each side talks within itself. */
  PARTITION("partition", true),
  /** Nothing the named node sends reaches the others; it still hears them. */
  ONE_WAY("one-way loss", true),
  /** Every link delayed by latency plus a random jitter. */
  LATENCY("latency + jitter", true);

  private final String label;
  private final boolean link;

  PerturbationKind(String label, boolean link) {
    this.label = label;
    this.link = link;
  }

  public String label() {
    return label;
  }

  /** Applied by the link proxy rather than by signals. */
  public boolean isLink() {
    return link;
  }

  public static List<PerturbationKind> processKinds() {
    return Arrays.stream(values()).filter(k -> !k.link).toList();
  }
}
