package org.peerchain.testnet.chaos;

import java.util.List;

/**
 * One scheduled fault: at {@code startMs} after chaos begins, {@code nodes} are perturbed for
 * {@code durationMs}, then healed. For a partition {@code nodes} is the smaller side (the rest is
 * the other); a node named {@link #NEXT_PROPOSER} is chosen when the fault begins.
 *
 * @param validators how many of {@code nodes} are validators: the voting power the fault takes
 *     away from the connected majority
 */
public record Perturbation(int id, PerturbationKind kind, List<String> nodes, int validators, long startMs,
    long durationMs, long latencyMs, long jitterMs) {
  /** Stands for the validator that proposes the next height but one, resolved when the fault begins. */
  public static final String NEXT_PROPOSER = "(next proposer)";

  public Perturbation {
    nodes = List.copyOf(nodes);
  }

  /** A process fault of one node. */
  public Perturbation(int id, PerturbationKind kind, String node, boolean validator, long startMs, long durationMs) {
    this(id, kind, List.of(node), validator ? 1 : 0, startMs, durationMs, 0, 0);
  }

  public long endMs() {
    return startMs + durationMs;
  }

  /** The nodes, comma-separated. */
  public String node() {
    return String.join(",", nodes);
  }

  public boolean validator() {
    return validators > 0;
  }

  /** Whether, with {@code totalValidators} of equal power, the connected rest still holds > 2/3. */
  public boolean leavesQuorum(int totalValidators) {
    return 3L * (totalValidators - validators) > 2L * totalValidators;
  }

  public String describe() {
    return switch (kind) {
      case PARTITION -> "partition " + node() + " | rest";
      case ONE_WAY -> "one-way: nobody hears " + node();
      case LATENCY -> "latency " + latencyMs + "±" + jitterMs + " ms on all links";
      default -> kind.label() + " " + node();
    };
  }
}
