package org.peerchain.testnet.chaos;

/**
 * One scheduled fault: at {@code startMs} after chaos begins, {@code node} is perturbed for
 * {@code durationMs}, then healed.
 */
public record Perturbation(int id, PerturbationKind kind, String node, boolean validator, long startMs, long durationMs) {
  public long endMs() {
    return startMs + durationMs;
  }
}
