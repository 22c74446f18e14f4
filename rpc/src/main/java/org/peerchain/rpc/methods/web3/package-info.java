/** The web3 namespace: web3_clientVersion and web3_sha3. */
package org.peerchain.rpc.methods.web3;
