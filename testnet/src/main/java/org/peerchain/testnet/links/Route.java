package org.peerchain.testnet.links;

/** Node {@code link.from()} dials {@code listenPort} to reach {@code link.to()}, which listens on {@code targetPort}. */
public record Route(Link link, int listenPort, int targetPort) {}
