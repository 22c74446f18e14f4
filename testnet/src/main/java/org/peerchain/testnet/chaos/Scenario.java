package org.peerchain.testnet.chaos;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The named fault scenarios of {@code chaos --scenario}. */
public enum Scenario {
  /** The validator due to propose is cut off from all: the others must change rounds past it. */
  ISOLATED_PROPOSER("isolated-proposer", true),
  /** f validators on one side, the rest (> 2/3) on the other: the majority keeps finalizing. */
  MINORITY_SPLIT("minority-split", true),
  /** Two halves: no side holds > 2/3, so nothing is finalized, and nothing is forked, until healed. */
  HALVES("halves", true),
  /** One validator hears everyone but nobody hears it. */
  ONE_WAY("one-way", true),
  /** All links slow and uneven: 200 ms ± 100 ms each way. */
  LATENCY("latency", true),
  /** f validators (just under 1/3) killed, then restarted. */
  ONE_THIRD_DOWN("one-third-down", false),
  /** f + 1 validators (more than 1/3) stopped: the chain halts; restarted, all must converge again. */
  REJOIN_AFTER_MAJORITY_LOSS("rejoin-after-more-than-third-down", false);

  private final String name;
  private final boolean link;

  Scenario(String name, boolean link) {
    this.name = name;
    this.link = link;
  }

  public String cliName() {
    return name;
  }

  /** Needs a testnet made with --link-faults. */
  public boolean needsLinks() {
    return link;
  }

  /** @throws IllegalArgumentException listing the known names */
  public static Scenario parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.name.equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + text + "'; known: " + names()));
  }

  public static String names() {
    return Arrays.stream(values()).map(Scenario::cliName).collect(Collectors.joining(", "));
  }

  public static List<Scenario> parseAll(List<String> texts) {
    return texts.stream().map(Scenario::parse).toList();
  }
}
