/**
 * The server side of eth_subscribe: each WebSocket connection's subscriptions and the
 * {@link org.peerchain.rpc.subscriptions.SubscriptionHub} that fans chain events out to them without ever
 * blocking the node's thread. Apart from the methods because it pushes on the node's events rather than
 * answering calls.
 */
package org.peerchain.rpc.subscriptions;
