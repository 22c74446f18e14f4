/**
 * {@code peerchain keys}: creating, reading and deriving validator and account key files.
 */
package org.peerchain.node.cli.keys;
