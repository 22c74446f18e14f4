package org.peerchain.testnet.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What the invariant checks found.
 *
 * @param passed checks that held, one line each
 * @param violations checks that failed, one line per finding
 * @param notChecked checks that could not be made, and why
 */
public record InvariantReport(List<String> passed, List<String> violations, List<String> notChecked) {
  public InvariantReport {
    passed = List.copyOf(passed);
    violations = List.copyOf(violations);
    notChecked = List.copyOf(notChecked);
  }

  /** Both reports' findings together. */
  public InvariantReport and(InvariantReport other) {
    List<String> p = new ArrayList<>(passed);
    p.addAll(other.passed);
    List<String> v = new ArrayList<>(violations);
    v.addAll(other.violations);
    List<String> n = new ArrayList<>(notChecked);
    n.addAll(other.notChecked);
    return new InvariantReport(p, v, n);
  }

  public boolean ok() {
    return violations.isEmpty();
  }

  public String describe() {
    StringBuilder out = new StringBuilder();
    passed.forEach(p -> out.append("  ok        ").append(p).append('\n'));
    notChecked.forEach(n -> out.append("  not checked ").append(n).append('\n'));
    violations.forEach(v -> out.append("  VIOLATION ").append(v).append('\n'));
    return out.toString();
  }
}
