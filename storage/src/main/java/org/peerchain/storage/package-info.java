/**
 * peerchain storage: {@code kv} is the key-value mechanism (RocksDB and in-memory), {@code schema}
 * declares the columns peerchain keeps in it.
 */
package org.peerchain.storage;
