package org.peerchain.node.logging;

/** How log lines look: the built-in text pattern, or one JSON object per line for log shippers. */
public enum LogFormat {
  TEXT,
  JSON
}
