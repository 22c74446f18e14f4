package org.peerchain.rpc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal WebSocket JSON-RPC client for tests: send text, take received messages in order. */
final class WsClient implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final WebSocket socket;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  volatile int closeCode = -1;

  WsClient(String url) {
    socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          received.add(partial.toString());
          partial.setLength(0);
        }
        ws.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closeCode = statusCode;
        return null;
      }
    }).join();
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  /** The next message, or null after {@code seconds}. */
  JsonNode next(int seconds) throws InterruptedException, IOException {
    String text = received.poll(seconds, TimeUnit.SECONDS);
    return text == null ? null : MAPPER.readTree(text);
  }

  JsonNode call(String method, String paramsJson) throws InterruptedException, IOException {
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
    return next(5);
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
  }
}
