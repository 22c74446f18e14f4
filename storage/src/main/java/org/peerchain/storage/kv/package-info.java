/**
 * The key-value mechanism: typed {@link org.peerchain.storage.kv.Column columns}, reads, ordered
 * range iteration, consistent {@link org.peerchain.storage.kv.Snapshot snapshots} and one atomic
 * {@link org.peerchain.storage.kv.WriteBatch} across columns. Two implementations share one
 * contract: {@link org.peerchain.storage.kv.RocksDbKeyValueStore} and
 * {@link org.peerchain.storage.kv.InMemoryKeyValueStore}. Which columns exist is declared elsewhere
 * ({@code org.peerchain.storage.schema.Schema}).
 */
package org.peerchain.storage.kv;
