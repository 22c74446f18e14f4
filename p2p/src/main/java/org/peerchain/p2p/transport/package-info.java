/**
 * TLS 1.3 with self-signed node certificates that carry a secp256k1 signature, so every connection
 * is authenticated to a node id; plus connection bookkeeping, error handling and the penalty sink
 * that connection-level faults report to.
 */
package org.peerchain.p2p.transport;
