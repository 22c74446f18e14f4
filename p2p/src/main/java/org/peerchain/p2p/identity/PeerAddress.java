package org.peerchain.p2p.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * A dialable node address, {@code peerchain://<node-id-hex>@host:port}. The id may be left out
 * ({@code peerchain://host:port}) when it is not known yet; a dialer that knows it refuses a peer
 * that proves another id. IPv6 hosts are written in brackets.
 */
public record PeerAddress(Optional<PeerId> id, String host, int port) {
  public static final String SCHEME = "peerchain://";
  public static final int MAX_HOST_LENGTH = 253;

  public PeerAddress {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(host, "host");
    if (host.isEmpty() || host.length() > MAX_HOST_LENGTH) {
      throw new IllegalArgumentException("host must be 1 to " + MAX_HOST_LENGTH + " characters");
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 128) && c != '.' && c != '-' && c != ':' && c != '_') {
        throw new IllegalArgumentException("host contains an invalid character: " + host);
      }
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be in 1..65535, got " + port);
    }
  }

  public static PeerAddress of(PeerId id, String host, int port) {
    return new PeerAddress(Optional.of(id), host, port);
  }

  /** Parses {@code peerchain://[id@]host:port}, explaining what is wrong when it fails. */
  public static PeerAddress parse(String text) {
    if (text == null || !text.startsWith(SCHEME)) {
      throw new IllegalArgumentException("a peer address starts with " + SCHEME + ": " + text);
    }
    String rest = text.substring(SCHEME.length());
    Optional<PeerId> id = Optional.empty();
    int at = rest.indexOf('@');
    if (at >= 0) {
      id = Optional.of(PeerId.fromHex(rest.substring(0, at)));
      rest = rest.substring(at + 1);
    }
    int colon = rest.lastIndexOf(':');
    if (colon <= 0 || colon == rest.length() - 1) {
      throw new IllegalArgumentException("a peer address needs host:port: " + text);
    }
    String host = rest.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.indexOf(':') >= 0) {
      throw new IllegalArgumentException("an IPv6 host must be written in brackets: " + text);
    }
    int port;
    try {
      port = Integer.parseInt(rest.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port is not a number: " + text);
    }
    return new PeerAddress(id, host, port);
  }

  public PeerAddress withId(PeerId peerId) {
    return new PeerAddress(Optional.of(peerId), host, port);
  }

  /** host:port, with brackets around an IPv6 host. */
  public String hostPort() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public String toString() {
    return SCHEME + id.map(i -> i.toHex() + "@").orElse("") + hostPort();
  }
}
