/** The net namespace: net_version, net_listening and net_peerCount. */
package org.peerchain.rpc.methods.net;
