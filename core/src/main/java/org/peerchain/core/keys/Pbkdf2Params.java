package org.peerchain.core.keys;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;

/** PBKDF2 parameters. The only prf in use for keystores, and the only one we accept, is hmac-sha256. */
public record Pbkdf2Params(int c, int dklen, Bytes salt) implements KdfParams {
  public static final String PRF = "hmac-sha256";

  public Pbkdf2Params {
    Objects.requireNonNull(salt, "salt");
  }

  /** 262144 rounds, as geth and web3j write pbkdf2 keystores. */
  public static Pbkdf2Params standard(Bytes salt) {
    return new Pbkdf2Params(1 << 18, 32, salt);
  }

  @Override
  public String kdf() {
    return "pbkdf2";
  }
}
