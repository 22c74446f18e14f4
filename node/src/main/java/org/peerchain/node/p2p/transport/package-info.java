/** TLS with node certificates, framing, and the connection-level handlers (keep-alive, errors). */
package org.peerchain.node.p2p.transport;
