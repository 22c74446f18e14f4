/**
 * geth's JSON objects for blocks, headers, transactions and receipts, and Ethereum's quantity and data
 * encodings. Shared by methods and subscriptions, so a block looks the same from eth_getBlockByNumber as in a
 * newHeads notification.
 */
package org.peerchain.rpc.json;
