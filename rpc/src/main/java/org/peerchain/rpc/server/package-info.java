/**
 * The JSON-RPC 2.0 transport: {@link org.peerchain.rpc.server.RpcServer} (Javalin over Jetty, HTTP and
 * WebSocket on one port), its {@link org.peerchain.rpc.server.RpcConfig}, and the one
 * {@link org.peerchain.rpc.server.JsonRpcProcessor} that runs calls and maps errors.
 */
package org.peerchain.rpc.server;
