package org.peerchain.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The choice logic, through the uncached entry point: the cached choice is made once per JVM. */
class Secp256k1SelectorTest {
  private static final Supplier<Secp256k1> MUST_NOT_LOAD = () -> {
    throw new AssertionError("the native library must not be loaded");
  };

  @Test
  void automaticPrefersNativeWhereItLoads() {
    assertThat(Secp256k1Selector.choose(null)).isInstanceOf(NativeSecp256k1.class);
    assertThat(Secp256k1Selector.choose("  ")).isInstanceOf(NativeSecp256k1.class);
  }

  @Test
  void automaticFallsBackOnAnyLoadFailure() {
    Supplier<Secp256k1> linkFailure = () -> {
      throw new UnsatisfiedLinkError("no secp256k1-jni in java.library.path");
    };
    Supplier<Secp256k1> initFailure = () -> {
      throw new ExceptionInInitializerError(new IllegalStateException("Failed to extract native library"));
    };
    Supplier<Secp256k1> unsupported = () -> {
      throw new NativeSecp256k1.NativeLibraryUnavailableException(
          new UnsupportedOperationException("no native library for os.name=Plan 9"));
    };
    for (Supplier<Secp256k1> failing : java.util.List.of(linkFailure, initFailure, unsupported)) {
      assertThat(Secp256k1Selector.choose(null, failing)).isInstanceOf(BouncyCastleSecp256k1.class);
    }
  }

  @Test
  void propertyForcesBouncyCastleWithoutTouchingTheNativeLibrary() {
    assertThat(Secp256k1Selector.choose("bouncycastle", MUST_NOT_LOAD)).isInstanceOf(BouncyCastleSecp256k1.class);
    assertThat(Secp256k1Selector.choose(" BouncyCastle ", MUST_NOT_LOAD)).isInstanceOf(BouncyCastleSecp256k1.class);
  }

  @Test
  void propertyForcesNative() {
    assertThat(Secp256k1Selector.choose("native")).isInstanceOf(NativeSecp256k1.class);
    assertThat(Secp256k1Selector.choose("NATIVE")).isInstanceOf(NativeSecp256k1.class);
  }

  @Test
  void forcedNativeThatCannotLoadIsAClearError() {
    Supplier<Secp256k1> linkFailure = () -> {
      throw new UnsatisfiedLinkError("libsecp256k1-jni.so: wrong ELF class");
    };
    assertThatThrownBy(() -> Secp256k1Selector.choose("native", linkFailure))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("-Dpeerchain.secp256k1=native")
        .hasMessageContaining("UnsatisfiedLinkError: libsecp256k1-jni.so: wrong ELF class")
        .hasCauseInstanceOf(UnsatisfiedLinkError.class);
  }

  @Test
  void unknownValueIsRejected() {
    assertThatThrownBy(() -> Secp256k1Selector.choose("openssl", MUST_NOT_LOAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'openssl'");
  }

  @Test
  void reasonNamesTheInnermostCause() {
    Throwable wrapped = new ExceptionInInitializerError(
        new RuntimeException(new java.io.IOException("Failed to write a native library file at /tmp")));
    assertThat(NativeSecp256k1.NativeLibraryUnavailableException.reason(wrapped))
        .isEqualTo("IOException: Failed to write a native library file at /tmp");
  }
}
