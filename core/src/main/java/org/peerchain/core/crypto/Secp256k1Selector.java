package org.peerchain.core.crypto;

import java.util.Locale;
import java.util.function.Supplier;
import org.peerchain.core.crypto.NativeSecp256k1.NativeLibraryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the implementation once per process and says which one in the log: native libsecp256k1
 * where it loads, else BouncyCastle. The system property {@value #PROPERTY} ({@code native} or
 * {@code bouncycastle}) forces one; forcing native where it cannot load is a startup error rather
 * than a silent fallback.
 */
final class Secp256k1Selector {
  private static final Logger LOG = LoggerFactory.getLogger(Secp256k1Selector.class);

  static final String PROPERTY = "peerchain.secp256k1";

  private Secp256k1Selector() {}

  private static final class Holder {
    static final Secp256k1 SELECTED = choose(System.getProperty(PROPERTY));
  }

  static Secp256k1 selected() {
    return Holder.SELECTED;
  }

  static Secp256k1 choose(String property) {
    return choose(property, NativeSecp256k1::load);
  }

  /** The choice for a value of {@value #PROPERTY} (null or blank: automatic). */
  static Secp256k1 choose(String property, Supplier<? extends Secp256k1> loadNative) {
    String forced = property == null ? "" : property.strip().toLowerCase(Locale.ROOT);
    switch (forced) {
      case "bouncycastle" -> {
        Secp256k1 chosen = new BouncyCastleSecp256k1();
        LOG.info("secp256k1: using {} (-D{}={})", chosen.name(), PROPERTY, property);
        return chosen;
      }
      case "native" -> {
        Secp256k1 chosen;
        try {
          chosen = loadNative.get();
        } catch (RuntimeException | LinkageError e) {
          throw new IllegalStateException(
              "-D" + PROPERTY + "=native, but native libsecp256k1 cannot be loaded ("
                  + NativeLibraryUnavailableException.reason(e) + ")", e);
        }
        LOG.info("secp256k1: using {}", chosen.name());
        return chosen;
      }
      case "" -> {
        return chooseAutomatically(loadNative);
      }
      default -> throw new IllegalArgumentException(
          "-D" + PROPERTY + " must be 'native' or 'bouncycastle', got '" + property + "'");
    }
  }

  private static Secp256k1 chooseAutomatically(Supplier<? extends Secp256k1> loadNative) {
    try {
      Secp256k1 chosen = loadNative.get();
      // The expected case stays quiet; the node reports the choice in its own startup lines.
      LOG.debug("secp256k1: using {}", chosen.name());
      return chosen;
    } catch (RuntimeException | LinkageError e) {
      // Any failure to load falls back: a node without the native library is slower, not broken.
      Secp256k1 fallback = new BouncyCastleSecp256k1();
      LOG.warn("secp256k1: native libsecp256k1 unavailable ({}), using {} (slower)",
          NativeLibraryUnavailableException.reason(e), fallback.name());
      LOG.debug("secp256k1: native load failure", e);
      return fallback;
    }
  }
}
