/** geth's txpool namespace: txpool_status and txpool_content, read from the node's pool. */
package org.peerchain.rpc.methods.txpool;
