package org.peerchain.testnet.rpc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection posting JSON bodies to {@code /}. Hand-written so that a load
 * generator costs little beside the nodes it drives: one request in flight, no pooling. A failed
 * exchange closes the socket; the next call connects again.
 */
final class HttpRpcConnection implements AutoCloseable {
  private static final int MAX_BODY = 64 * 1024 * 1024;

  private final String host;
  private final int port;
  private final int connectTimeoutMs;
  private final int readTimeoutMs;
  private final byte[] head;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  HttpRpcConnection(String host, int port, int connectTimeoutMs, int readTimeoutMs) {
    this.host = host;
    this.port = port;
    this.connectTimeoutMs = connectTimeoutMs;
    this.readTimeoutMs = readTimeoutMs;
    this.head = ("POST / HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: ")
        .getBytes(StandardCharsets.US_ASCII);
  }

  synchronized String post(String body) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      out.write(head);
      out.write((bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      return readResponse();
    } catch (IOException | RuntimeException e) {
      close();
      throw e instanceof IOException io ? io : new IOException("bad HTTP response: " + e.getMessage(), e);
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.setSoTimeout(readTimeoutMs);
      s.connect(new InetSocketAddress(host, port), connectTimeoutMs);
      out = s.getOutputStream();
      in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
      socket = s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  private String readResponse() throws IOException {
    String status = readLine();
    if (!status.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + abbreviate(status));
    }
    int contentLength = -1;
    boolean chunked = false;
    boolean closeAfter = false;
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
      } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
        closeAfter = true;
      }
    }
    String body = chunked ? readChunked() : readFixed(contentLength, status);
    if (closeAfter) {
      close();
    }
    return body;
  }

  private String readFixed(int length, String status) throws IOException {
    if (length < 0 || length > MAX_BODY) {
      throw new IOException("response without a usable Content-Length: " + abbreviate(status));
    }
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      throw new IOException("connection closed in the middle of a response");
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private String readChunked() throws IOException {
    StringBuilder body = new StringBuilder();
    for (int size = chunkSize(); size > 0; size = chunkSize()) {
      if (body.length() + size > MAX_BODY) {
        throw new IOException("response larger than " + MAX_BODY + " bytes");
      }
      body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
      readLine();
    }
    readLine();
    return body.toString();
  }

  private int chunkSize() throws IOException {
    String line = readLine();
    int semicolon = line.indexOf(';');
    return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (line.length() > 16 * 1024) {
        throw new IOException("HTTP header line too long");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  @Override
  public synchronized void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing is best effort: the socket is dropped either way.
      }
      socket = null;
    }
  }
}
