/**
 * Which columns peerchain stores, declared once with stable ids, and the keys of its metadata column. Apart
 * from {@code kv}, which is only the mechanism, so the on-disk layout that the state and chain stores share
 * is written down in one place.
 */
package org.peerchain.storage.schema;
