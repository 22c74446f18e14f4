package org.peerchain.core.keys;

/** A phrase that is not a valid BIP-39 English mnemonic. The message never repeats the phrase's words. */
public final class InvalidMnemonicException extends IllegalArgumentException {
  public InvalidMnemonicException(String message) {
    super(message);
  }
}
