package org.peerchain.testnet.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.peerchain.testnet.check.HeadSample;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;

/** Asks every node for its head every {@link #INTERVAL_MS} on a thread of its own, until closed. */
public final class HeadSampler implements AutoCloseable {
  public static final long INTERVAL_MS = 250;
  /** An hour of samples; older ones are dropped. */
  static final int MAX_SAMPLES = 14_400;
  static final int READ_TIMEOUT_MS = 1_000;

  private final List<NodeEntry> nodes;
  private final LongSupplier clockMs;
  private final List<HeadSample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  public HeadSampler(List<NodeEntry> nodes, LongSupplier clockMs) {
    this.nodes = List.copyOf(nodes);
    this.clockMs = clockMs;
    this.thread = new Thread(this::loop, "chaos-head-sampler");
    thread.setDaemon(true);
  }

  public HeadSampler start() {
    thread.start();
    return this;
  }

  public synchronized List<HeadSample> samples() {
    return List.copyOf(samples);
  }

  private void loop() {
    while (running) {
      long at = clockMs.getAsLong();
      Map<String, Long> heads = new LinkedHashMap<>();
      for (NodeEntry n : nodes) {
        try (NodeClient client = NodeClient.local(n.rpcPort(), READ_TIMEOUT_MS)) {
          heads.put(n.name(), client.blockNumber());
        } catch (RpcUnavailable | RpcError e) {
          // Down or busy: absent from this sample.
        }
      }
      synchronized (this) {
        if (samples.size() == MAX_SAMPLES) {
          samples.remove(0);
        }
        samples.add(new HeadSample(at, heads));
      }
      try {
        Thread.sleep(Math.max(10, INTERVAL_MS - (clockMs.getAsLong() - at)));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
