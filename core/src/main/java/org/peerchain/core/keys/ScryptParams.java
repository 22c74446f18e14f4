package org.peerchain.core.keys;

import java.util.Objects;
import org.peerchain.core.bytes.Bytes;

/** scrypt parameters: cost {@code n} (a power of two), block size {@code r}, parallelism {@code p}. */
public record ScryptParams(int n, int r, int p, int dklen, Bytes salt) implements KdfParams {

  public ScryptParams {
    Objects.requireNonNull(salt, "salt");
  }

  /** geth's StandardScryptN/P: about 256 MiB and a second of work, for keys that guard value. */
  public static ScryptParams standard(Bytes salt) {
    return new ScryptParams(1 << 18, 8, 1, 32, salt);
  }

  /** geth's LightScryptN/P: about 4 MiB, fast; for tests and dev keys only. */
  public static ScryptParams light(Bytes salt) {
    return new ScryptParams(1 << 12, 8, 6, 32, salt);
  }

  @Override
  public String kdf() {
    return "scrypt";
  }
}
