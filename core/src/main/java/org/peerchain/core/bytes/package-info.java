/**
 * Immutable byte strings ({@link org.peerchain.core.bytes.Bytes}) and the strict hex codec. The floor of
 * the code base: it depends on nothing else in peerchain, and everything else builds on it.
 */
package org.peerchain.core.bytes;
