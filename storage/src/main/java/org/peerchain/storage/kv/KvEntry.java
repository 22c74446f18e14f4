package org.peerchain.storage.kv;

/** One key and its value, as read from a column. */
public record KvEntry<K, V>(K key, V value) {}
