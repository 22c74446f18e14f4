package org.peerchain.testnet.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.peerchain.testnet.rpc.BlockSummary;

/**
 * The safety and liveness facts a healed testnet must show: every node reached the common height;
 * all nodes hold identical blocks and state roots at every height up to it; every transfer that got
 * a receipt is in that chain exactly once, and no transaction is in it twice; no node saw a
 * validator sign two conflicting votes.
 */
public final class InvariantChecker {
  /** Findings of one kind listed before the rest are summed up. */
  static final int MAX_LISTED = 5;

  private InvariantChecker() {}

  /**
   * @param target the height every node must have reached
   * @param receipts tx hash to the height its receipt was seen at
   * @param evidence node name to the number of equivocations it reports; empty when the node cannot tell
   */
  public static InvariantReport check(List<ChainView> views, long target, Map<String, Long> receipts,
      Map<String, Optional<Integer>> evidence) {
    List<String> passed = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    List<String> notChecked = new ArrayList<>();

    int before = violations.size();
    for (ChainView v : views) {
      if (v.head() < target || v.blocks().size() <= target) {
        violations.add(v.name() + " did not reach the common head #" + target + " (it is at #" + v.head() + ")");
      }
    }
    if (violations.size() == before) {
      passed.add("all " + views.size() + " nodes reached the common head #" + target);
    }

    compareBlocks(views, target, passed, violations);
    checkTransactions(views, target, receipts, passed, violations);
    checkEvidence(evidence, passed, violations, notChecked);
    return new InvariantReport(passed, violations, notChecked);
  }

  private static void compareBlocks(List<ChainView> views, long target, List<String> passed, List<String> violations) {
    List<String> hashFindings = new ArrayList<>();
    List<String> rootFindings = new ArrayList<>();
    for (long h = 0; h <= target; h++) {
      Map<String, BlockSummary> at = new LinkedHashMap<>();
      for (ChainView v : views) {
        if (h < v.blocks().size()) {
          at.put(v.name(), v.blocks().get((int) h));
        }
      }
      if (at.size() < 2) {
        continue;
      }
      if (distinct(at, BlockSummary::hash)) {
        hashFindings.add("different blocks at #" + h + ": " + list(at, BlockSummary::hash));
      } else if (distinct(at, BlockSummary::stateRoot)) {
        rootFindings.add("different state roots at #" + h + ": " + list(at, BlockSummary::stateRoot));
      }
    }
    report(hashFindings, "blocks", violations);
    report(rootFindings, "state roots", violations);
    if (hashFindings.isEmpty() && rootFindings.isEmpty()) {
      passed.add("identical block hashes and state roots at heights 0..#" + target + " on all nodes");
    }
  }

  private static void checkTransactions(List<ChainView> views, long target, Map<String, Long> receipts,
      List<String> passed, List<String> violations) {
    ChainView reference = views.stream().max((a, b) -> Integer.compare(a.blocks().size(), b.blocks().size())).orElse(null);
    if (reference == null) {
      violations.add("no node's chain could be read");
      return;
    }
    Map<String, List<Long>> heights = new HashMap<>();
    int upTo = (int) Math.min(target, reference.blocks().size() - 1L);
    for (int h = 0; h <= upTo; h++) {
      BlockSummary b = reference.blocks().get(h);
      for (String tx : b.txHashes()) {
        heights.computeIfAbsent(tx, k -> new ArrayList<>()).add(b.number());
      }
    }
    List<String> twice = new ArrayList<>();
    for (Map.Entry<String, List<Long>> e : new TreeMap<>(heights).entrySet()) {
      if (e.getValue().size() > 1) {
        twice.add("transaction " + e.getKey() + " is in the chain " + e.getValue().size() + " times (at "
            + heightsText(e.getValue()) + ")");
      }
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Long> r : new TreeMap<>(receipts).entrySet()) {
      if (!heights.containsKey(r.getKey())) {
        missing.add("transaction " + r.getKey() + " got a receipt at #" + r.getValue() + " but is not in the final chain");
      }
    }
    report(twice, "duplicate transactions", violations);
    report(missing, "missing transactions", violations);
    if (twice.isEmpty() && missing.isEmpty()) {
      passed.add("all " + receipts.size() + " transfers with a receipt are in the final chain exactly once; "
          + "no transaction appears twice (" + heights.size() + " in blocks 0..#" + upTo + ")");
    }
  }

  private static void checkEvidence(Map<String, Optional<Integer>> evidence, List<String> passed, List<String> violations,
      List<String> notChecked) {
    List<String> unknown = new ArrayList<>();
    int asked = 0;
    for (Map.Entry<String, Optional<Integer>> e : new TreeMap<>(evidence).entrySet()) {
      if (e.getValue().isEmpty()) {
        unknown.add(e.getKey());
      } else {
        asked++;
        if (e.getValue().get() > 0) {
          violations.add(e.getKey() + " reports " + e.getValue().get() + " equivocation(s) (a validator double-signed)");
        }
      }
    }
    if (!unknown.isEmpty()) {
      notChecked.add("double-signing on " + String.join(", ", unknown) + " (no peerchain_evidence method)");
    }
    if (asked > 0 && violations.stream().noneMatch(v -> v.contains("equivocation"))) {
      passed.add("no equivocation evidence on the " + asked + " nodes that report it");
    }
  }

  private static boolean distinct(Map<String, BlockSummary> at, java.util.function.Function<BlockSummary, String> field) {
    return at.values().stream().map(field).distinct().count() > 1;
  }

  private static String list(Map<String, BlockSummary> at, java.util.function.Function<BlockSummary, String> field) {
    List<String> parts = new ArrayList<>();
    at.forEach((name, b) -> parts.add(name + " " + field.apply(b)));
    return String.join(", ", parts);
  }

  private static String heightsText(List<Long> heights) {
    return String.join(", ", heights.stream().map(h -> "#" + h).toList());
  }

  private static void report(List<String> findings, String what, List<String> violations) {
    violations.addAll(findings.subList(0, Math.min(MAX_LISTED, findings.size())));
    if (findings.size() > MAX_LISTED) {
      violations.add("... and " + (findings.size() - MAX_LISTED) + " more findings of " + what);
    }
  }
}
