package org.peerchain.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.peerchain.consensus.sim.SimConfig;
import org.peerchain.consensus.sim.SimResult;
import org.peerchain.consensus.sim.Simulation;

/**
 * CPU cost of consensus per finalized height: fault-free simulations of n validators in one thread
 * (every engine, real secp256k1 signing and verification, the codec on every message), timed by
 * thread CPU time, so it is the cost of all n validators together. Not JMH: a run is a long,
 * stateful sequence of heights, and the median over whole runs says more. Run with
 * {@code java -cp bench/target/benchmarks.jar org.peerchain.bench.ConsensusSimBenchmark [heights] [runs]}.
 */
public final class ConsensusSimBenchmark {
  private ConsensusSimBenchmark() {}

  public static void main(String[] args) {
    int heights = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    // Warm-up: JIT, native library load, key derivation.
    for (int n : new int[] {4, 7}) {
      Simulation.run(SimConfig.faultFree(0, n, heights / 3 + 1));
    }
    for (int n : new int[] {4, 7}) {
      double[] perSecond = new double[runs];
      double[] msPerHeight = new double[runs];
      for (int i = 0; i < runs; i++) {
        long cpu0 = mx.getCurrentThreadCpuTime();
        SimResult r = Simulation.run(SimConfig.faultFree(i + 1, n, heights));
        long cpuNs = mx.getCurrentThreadCpuTime() - cpu0;
        if (!r.passed()) {
          throw new IllegalStateException("fault-free simulation failed:\n" + r.report());
        }
        int finalized = r.heights().stream().mapToInt(Integer::intValue).min().orElse(0);
        perSecond[i] = finalized / (cpuNs / 1e9);
        msPerHeight[i] = cpuNs / 1e6 / finalized;
      }
      System.out.printf("n=%d: median %.0f heights per CPU second (%.2f ms CPU per height for all %d validators),"
          + " %d heights x %d runs%n", n, median(perSecond), median(msPerHeight), n, heights, runs);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
