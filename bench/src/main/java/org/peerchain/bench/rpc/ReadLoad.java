package org.peerchain.bench.rpc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Many connections posting the same read request for a fixed time; requests answered per second. */
final class ReadLoad {
  private ReadLoad() {}

  record Result(double perSecond, long errors) {}

  static Result run(int port, String body, int connections, double seconds) throws Exception {
    LongAdder done = new LongAdder();
    LongAdder errors = new LongAdder();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Thread t = new Thread(() -> {
        try (RpcConnection c = new RpcConnection("127.0.0.1", port)) {
          while (System.nanoTime() < deadline) {
            String response = c.post(body);
            if (response.contains("\"result\"")) {
              done.increment();
            } else {
              errors.increment();
            }
          }
        } catch (Exception e) {
          errors.increment();
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(done.sum() / elapsed, errors.sum());
  }
}
