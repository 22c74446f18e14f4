package org.peerchain.consensus.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The faults of one run, drawn from the seed: lossy, duplicating, slow network, partitions and
 * crashes until GST (global stabilization time), byzantine validators (at most f) throughout.
 * After GST the network delivers everything within {@link #STABLE_DELAY_MS}.
 */
record FaultPlan(long gstMs, double dropRate, double duplicateRate, long maxDelayMs, List<Partition> partitions,
    List<Crash> crashes, Map<Integer, Behavior> byzantine) {

  static final long STABLE_DELAY_MS = 40;

  /** {@code side} cannot talk to the other nodes during [fromMs, toMs). */
  record Partition(long fromMs, long toMs, Set<Integer> side) {
    boolean separates(int a, int b, long now) {
      return now >= fromMs && now < toMs && side.contains(a) != side.contains(b);
    }
  }

  /** Node {@code node} is down during [atMs, restartMs). */
  record Crash(int node, long atMs, long restartMs) {}

  static FaultPlan none() {
    return new FaultPlan(0, 0, 0, STABLE_DELAY_MS, List.of(), List.of(), Map.of());
  }

  /** Random faults; {@code adversary}, when set, makes exactly f validators byzantine that way. */
  static FaultPlan draw(Random rnd, int n, Behavior adversary) {
    long gst = 2_000 + rnd.nextInt(15_000);
    double drop = rnd.nextDouble() * 0.3;
    double dup = rnd.nextDouble() * 0.1;
    long maxDelay = 50 + rnd.nextInt(1_500);
    List<Partition> partitions = new ArrayList<>();
    if (n > 1) {
      int count = rnd.nextInt(3);
      for (int i = 0; i < count; i++) {
        long from = rnd.nextInt((int) gst);
        long to = from + 1 + rnd.nextInt((int) (gst - from));
        Set<Integer> side = new TreeSet<>();
        int size = 1 + rnd.nextInt(n - 1);
        while (side.size() < size) {
          side.add(rnd.nextInt(n));
        }
        partitions.add(new Partition(from, to, side));
      }
    }
    List<Crash> crashes = new ArrayList<>();
    int crashCount = rnd.nextInt(3);
    for (int i = 0; i < crashCount; i++) {
      long at = rnd.nextInt((int) gst);
      long restart = at + 1 + rnd.nextInt((int) (gst - at));
      crashes.add(new Crash(rnd.nextInt(n), at, restart));
    }
    Map<Integer, Behavior> byzantine = new LinkedHashMap<>();
    int f = (n - 1) / 3;
    int byzCount = adversary != null ? f : f == 0 ? 0 : rnd.nextInt(f + 1);
    while (byzantine.size() < byzCount) {
      Behavior b = adversary != null ? adversary : Behavior.values()[rnd.nextInt(Behavior.values().length)];
      byzantine.putIfAbsent(rnd.nextInt(n), b);
    }
    return new FaultPlan(gst, drop, dup, maxDelay, List.copyOf(partitions), List.copyOf(crashes), Map.copyOf(byzantine));
  }

  boolean partitioned(int a, int b, long now) {
    for (Partition p : partitions) {
      if (p.separates(a, b, now)) {
        return true;
      }
    }
    return false;
  }

  boolean isByzantine(int node) {
    return byzantine.containsKey(node);
  }

  @Override
  public String toString() {
    return "gst=" + gstMs + "ms drop=" + String.format("%.2f", dropRate) + " dup=" + String.format("%.2f", duplicateRate)
        + " maxDelay=" + maxDelayMs + "ms partitions=" + partitions + " crashes=" + crashes
        + " byzantine=" + new java.util.TreeMap<>(byzantine);
  }
}
