/**
 * The wire format: length-prefixed frames, message types and their RLP codecs, disconnect reasons
 * and size limits (docs/protocol.md). Decoders only decode; a malformed frame is a
 * {@link org.peerchain.p2p.protocol.ProtocolException}.
 */
package org.peerchain.p2p.protocol;
