/**
 * The node's implementations of the interfaces that rpc owns: transaction submission into the pool,
 * node info, and the wiring of the JSON-RPC server to the running node.
 */
package org.peerchain.node.rpc;
