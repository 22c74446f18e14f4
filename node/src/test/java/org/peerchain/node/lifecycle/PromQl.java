package org.peerchain.node.lifecycle;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL query (or a Grafana label_values query) reads: what is left once
 * strings, label matchers, range selectors, grouping clauses, functions, keywords and numbers are
 * taken out. Good enough for the queries a dashboard holds; not a PromQL parser.
 */
final class PromQl {
  private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
      "offset", "bool", "and", "or", "unless", "sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk",
      "bottomk", "quantile", "count_values", "group", "inf", "nan");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  private PromQl() {}

  static Set<String> metricNames(String query) {
    String q = query.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
        .replaceAll("\\{[^}]*}", " ")
        .replaceAll("\\[[^\\]]*]", " ")
        .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
        .replaceAll("\\$\\w+", " ");
    // label_values(metric, label): the second argument is a label, not a metric.
    q = q.replaceAll("label_values\\s*\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,\\s*[a-zA-Z_][a-zA-Z0-9_]*\\s*\\)", " $1 ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(q);
    while (m.find()) {
      String word = m.group();
      int after = m.end();
      while (after < q.length() && q.charAt(after) == ' ') {
        after++;
      }
      boolean call = after < q.length() && q.charAt(after) == '(';
      boolean partOfNumber = m.start() > 0 && (Character.isDigit(q.charAt(m.start() - 1)) || q.charAt(m.start() - 1) == '.');
      if (!call && !partOfNumber && !KEYWORDS.contains(word)) {
        names.add(word);
      }
    }
    return names;
  }
}
