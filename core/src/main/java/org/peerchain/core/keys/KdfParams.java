package org.peerchain.core.keys;

import org.peerchain.core.bytes.Bytes;

/** The key-derivation function of a keystore and its parameters, as stored in the file. */
public sealed interface KdfParams permits ScryptParams, Pbkdf2Params {

  /** The name in the file's {@code crypto.kdf} field. */
  String kdf();

  int dklen();

  Bytes salt();
}
