/**
 * Starting and stopping a node: storage opened, components built in order, network started,
 * everything closed in reverse on shutdown.
 */
package org.peerchain.node.lifecycle;
