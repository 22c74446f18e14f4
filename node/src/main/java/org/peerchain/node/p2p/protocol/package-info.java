/** Wire messages, their RLP codecs, type bytes, disconnect reasons and size limits. */
package org.peerchain.node.p2p.protocol;
