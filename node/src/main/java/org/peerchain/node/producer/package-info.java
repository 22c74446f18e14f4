/**
 * Block production: when a proposer builds its block from the pool, and the record of its own
 * proposals that lets it re-propose after a restart.
 */
package org.peerchain.node.producer;
