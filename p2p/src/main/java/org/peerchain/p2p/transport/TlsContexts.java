package org.peerchain.p2p.transport;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.time.Clock;
import javax.net.ssl.SSLException;

/** The server and client TLS 1.3 contexts of one node: mutual authentication with node certificates. */
public record TlsContexts(SslContext server, SslContext client) {
  private static final String TLS13 = "TLSv1.3";

  public static TlsContexts create(NodeCertificate cert, Clock clock) {
    NodeTrustManager trust = new NodeTrustManager(clock);
    try {
      SslContext server = SslContextBuilder.forServer(cert.privateKey(), cert.certificate())
          .sslProvider(SslProvider.JDK)
          .protocols(TLS13)
          .clientAuth(ClientAuth.REQUIRE)
          .trustManager(trust)
          .build();
      SslContext client = SslContextBuilder.forClient()
          .sslProvider(SslProvider.JDK)
          .protocols(TLS13)
          .keyManager(cert.privateKey(), cert.certificate())
          .trustManager(trust)
          // Peers are named by node id, not host name: the identity check replaces it.
          .endpointIdentificationAlgorithm(null)
          .build();
      return new TlsContexts(server, client);
    } catch (SSLException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
  }
}
