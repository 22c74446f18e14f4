/**
 * Prometheus metrics of the node and the HTTP server that exposes them.
 */
package org.peerchain.node.metrics;
