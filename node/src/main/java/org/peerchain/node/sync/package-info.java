/**
 * Block sync: a node that is behind asks its peers for block ranges, several at once, verifies
 * each block's certificate and hands the blocks to consensus in order.
 */
package org.peerchain.node.sync;
