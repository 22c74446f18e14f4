package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {
  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) 'x');
    return b;
  }

  @Test
  void readsADeclaredLength() throws IOException {
    assertThat(BoundedBody.read(new ByteArrayInputStream(bytes(100)), 100, 1000)).isEqualTo(bytes(100));
    assertThat(BoundedBody.read(new ByteArrayInputStream(new byte[0]), 0, 1000)).isEmpty();
  }

  @Test
  void aShorterStreamThanDeclaredGivesWhatCame() throws IOException {
    assertThat(BoundedBody.read(new ByteArrayInputStream(bytes(10)), 50, 1000)).isEqualTo(bytes(10));
  }

  @Test
  void refusesADeclaredLengthOverTheLimit() {
    assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(bytes(10)), 1001, 1000))
        .isInstanceOf(BoundedBody.TooLargeException.class);
  }

  @Test
  void anUndeclaredLengthIsReadUpToTheLimit() throws IOException {
    assertThat(BoundedBody.read(new ByteArrayInputStream(bytes(20_000)), -1, 20_000)).isEqualTo(bytes(20_000));
    assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(bytes(20_001)), -1, 20_000))
        .isInstanceOf(BoundedBody.TooLargeException.class);
  }
}
