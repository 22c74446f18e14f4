/**
 * {@code peerchain dev}: the one-validator dev chain's genesis and accounts, and its temporary data
 * directory.
 */
package org.peerchain.node.dev;
