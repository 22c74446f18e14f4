/**
 * The JSON-RPC 2.0 transport: {@link org.peerchain.rpc.server.RpcServer} (Javalin over Jetty, HTTP and
 * WebSocket on one port), its {@link org.peerchain.rpc.server.RpcConfig}, and the one
 * {@link org.peerchain.rpc.server.JsonRpcProcessor} that runs calls and maps errors. It is also where the
 * namespaces are put together ({@link org.peerchain.rpc.server.StandardMethods}), being the one package above
 * all of them.
 */
package org.peerchain.rpc.server;
