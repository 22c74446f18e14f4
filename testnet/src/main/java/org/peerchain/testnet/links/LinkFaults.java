package org.peerchain.testnet.links;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The faults of all links at one moment; a link not named is open. */
public record LinkFaults(Map<Link, LinkRule> rules) {
  public static final LinkFaults NONE = new LinkFaults(Map.of());
  /** More directed links than a testnet of 64 nodes has. */
  public static final int MAX_RULES = 64 * 63;

  public LinkFaults {
    if (rules.size() > MAX_RULES) {
      throw new IllegalArgumentException(rules.size() + " link rules, at most " + MAX_RULES);
    }
    Map<Link, LinkRule> copy = new LinkedHashMap<>();
    rules.forEach((link, rule) -> {
      if (!rule.isOpen()) {
        copy.put(link, rule);
      }
    });
    rules = Map.copyOf(copy);
  }

  public LinkRule rule(Link link) {
    return rules.getOrDefault(link, LinkRule.OPEN);
  }

  /** Whether either direction between the two is cut. */
  public boolean cut(Link link) {
    return rule(link).cut() || rule(link.reverse()).cut();
  }

  public boolean isNone() {
    return rules.isEmpty();
  }

  /** Every link between a node of {@code a} and one of {@code b} cut, both ways. */
  public static LinkFaults partition(Collection<String> a, Collection<String> b) {
    requireDisjoint(a, b);
    Map<Link, LinkRule> rules = new LinkedHashMap<>();
    for (String x : a) {
      for (String y : b) {
        rules.put(new Link(x, y), new LinkRule(true, false, 0, 0));
        rules.put(new Link(y, x), new LinkRule(true, false, 0, 0));
      }
    }
    return new LinkFaults(rules);
  }

  /** Nothing from {@code silent} reaches {@code others}; it still hears them. */
  public static LinkFaults oneWay(String silent, Collection<String> others) {
    Map<Link, LinkRule> rules = new LinkedHashMap<>();
    for (String o : others) {
      if (!o.equals(silent)) {
        rules.put(new Link(silent, o), new LinkRule(false, true, 0, 0));
      }
    }
    return new LinkFaults(rules);
  }

  /** Every direction between any two of {@code nodes} delayed. */
  public static LinkFaults latency(Collection<String> nodes, long latencyMs, long jitterMs) {
    Map<Link, LinkRule> rules = new LinkedHashMap<>();
    for (String x : nodes) {
      for (String y : nodes) {
        if (!x.equals(y)) {
          rules.put(new Link(x, y), LinkRule.delay(latencyMs, jitterMs));
        }
      }
    }
    return new LinkFaults(rules);
  }

  /** Both sets of faults at once. */
  public LinkFaults and(LinkFaults other) {
    Map<Link, LinkRule> merged = new LinkedHashMap<>(rules);
    other.rules.forEach((link, rule) -> merged.merge(link, rule, LinkRule::and));
    return new LinkFaults(merged);
  }

  /** The rules sorted by link, for stable files and messages. */
  public Map<Link, LinkRule> sorted() {
    Map<Link, LinkRule> out = new TreeMap<>((x, y) -> x.from().equals(y.from()) ? x.to().compareTo(y.to())
        : x.from().compareTo(y.from()));
    out.putAll(rules);
    return out;
  }

  private static void requireDisjoint(Collection<String> a, Collection<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      throw new IllegalArgumentException("a partition needs two non-empty groups, got " + a + " and " + b);
    }
    Set<String> both = new java.util.HashSet<>(a);
    both.retainAll(b);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("a node cannot be on both sides of a partition: " + both);
    }
  }
}
