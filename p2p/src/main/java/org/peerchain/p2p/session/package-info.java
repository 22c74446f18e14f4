/**
 * One authenticated connection after TLS: the status handshake, the session that sends and
 * receives typed messages, keep-alive pings, and routing of messages to the protocols above.
 */
package org.peerchain.p2p.session;
