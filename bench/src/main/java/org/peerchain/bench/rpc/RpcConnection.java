package org.peerchain.bench.rpc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that posts JSON-RPC bodies and returns the response body.
 * Written by hand so that the load generator costs little CPU beside the server it measures:
 * no pooling, no async machinery, one request in flight per connection.
 */
final class RpcConnection implements AutoCloseable {
  private static final int TIMEOUT_MS = 30_000;

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] head;

  RpcConnection(String host, int port) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MS);
    socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    head = ("POST / HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\nContent-Length: ")
        .getBytes(StandardCharsets.US_ASCII);
  }

  String post(String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(head);
    out.write((bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.flush();
    return readResponse();
  }

  private String readResponse() throws IOException {
    int contentLength = -1;
    boolean chunked = false;
    String status = readLine();
    if (!status.startsWith("HTTP/1.1 ")) {
      throw new IOException("not an HTTP response: " + status);
    }
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Integer.parseInt(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      StringBuilder body = new StringBuilder();
      for (int size = Integer.parseInt(readLine().trim(), 16); size > 0; size = Integer.parseInt(readLine().trim(), 16)) {
        body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
        readLine();
      }
      readLine();
      return body.toString();
    }
    if (contentLength < 0) {
      throw new IOException("response without Content-Length: " + status);
    }
    return new String(in.readNBytes(contentLength), StandardCharsets.UTF_8);
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
