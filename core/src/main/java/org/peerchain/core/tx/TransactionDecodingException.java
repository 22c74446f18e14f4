package org.peerchain.core.tx;

/**
 * The one exception for bytes that are not a transaction we accept: malformed or non-canonical
 * RLP, wrong field counts or sizes, or an unsupported type. Peers and RPC clients send us
 * arbitrary bytes, so nothing else may escape the decoder.
 */
public class TransactionDecodingException extends RuntimeException {
  public TransactionDecodingException(String message) {
    super(message);
  }

  public TransactionDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
