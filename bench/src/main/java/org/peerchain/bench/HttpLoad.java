package org.peerchain.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * A lean HTTP/1.1 load generator: keep-alive connections, each sending {@code depth} requests
 * before reading their answers (pipelining), so the client spends little CPU per request and the
 * figure is the server's. Bounded by time; every response is checked for status 200.
 */
final class HttpLoad {
  private final int port;
  private final int connections;
  private final int depth;

  HttpLoad(int port, int connections, int depth) {
    this.port = port;
    this.connections = connections;
    this.depth = depth;
  }

  /** Requests answered per second over {@code nanos}; {@code body} gives the i-th request body of a connection. */
  double run(long nanos, IntFunction<byte[]> body) throws InterruptedException {
    LongAdder done = new LongAdder();
    LongAdder failed = new LongAdder();
    long deadline = System.nanoTime() + nanos;
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      Thread t = new Thread(() -> drive(deadline, body, done, failed), "load-" + c);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (failed.sum() > 0) {
      throw new IllegalStateException(failed.sum() + " requests failed");
    }
    return done.sum() / seconds;
  }

  private void drive(long deadline, IntFunction<byte[]> body, LongAdder done, LongAdder failed) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
      int i = 0;
      while (System.nanoTime() < deadline) {
        for (int k = 0; k < depth; k++) {
          byte[] b = body.apply(i++);
          out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
              + b.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(b);
        }
        out.flush();
        for (int k = 0; k < depth; k++) {
          if (readResponse(in)) {
            done.increment();
          } else {
            failed.increment();
          }
        }
      }
    } catch (IOException e) {
      failed.increment();
      System.err.println("load connection failed: " + e);
    }
  }

  /** Reads one response; true when it was a 200. */
  private static boolean readResponse(InputStream in) throws IOException {
    String status = line(in);
    int length = -1;
    String header;
    while (!(header = line(in)).isEmpty()) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).trim());
      }
    }
    if (length < 0) {
      throw new IOException("response without Content-Length: " + status);
    }
    in.readNBytes(length);
    return status.startsWith("HTTP/1.1 200");
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder(64);
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }
}
