/**
 * The node's logging as the operator sets it: root and per-logger levels, a Logback file of their
 * own, and plain text or JSON lines, applied to Logback before the node starts.
 */
package org.peerchain.node.logging;
