package org.peerchain.testnet.rpc;

/** The node could not be reached or gave no usable answer (down, paused, or restarting). */
public final class RpcUnavailable extends RuntimeException {
  public RpcUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
