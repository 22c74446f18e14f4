package org.peerchain.node.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.DevRequestException;
import org.peerchain.storage.state.Account;

class DevStateCodecTest {
  private static final Address A = Address.fromHexString("0x1111111111111111111111111111111111111111");
  private static final Address B = Address.fromHexString("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

  private static DevState sample() {
    TreeMap<Address, Account> accounts = new TreeMap<>();
    accounts.put(A, new Account(3, UInt256.valueOf(42)));
    accounts.put(B, new Account(0, UInt256.MAX_VALUE));
    return new DevState(1337, 9, Hash.fromHexString("0x" + "ab".repeat(32)), 1_700_000_000L, accounts);
  }

  @Test
  void gzipAndPlainJsonReadBackTheSameState() {
    DevState state = sample();
    assertThat(DevStateCodec.read(DevStateCodec.toGzip(state).toArray())).isEqualTo(state);
    assertThat(DevStateCodec.read(DevStateCodec.toJson(state))).isEqualTo(state);
  }

  @Test
  void corruptInputsAreClearErrors() {
    assertThatThrownBy(() -> DevStateCodec.read(new byte[] {0x1f, (byte) 0x8b, 0}))
        .isInstanceOf(DevRequestException.class).hasMessageStartingWith("corrupt state dump: broken gzip data");
    assertThatThrownBy(() -> DevStateCodec.read("[1]".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("corrupt state dump: not a JSON object");
    assertThatThrownBy(() -> DevStateCodec.read("{\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("format is not");
    String json = new String(DevStateCodec.toJson(sample()), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DevStateCodec.read(json.replace("\"version\" : 1", "\"version\" : 2").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("version 2 is not supported");
    assertThatThrownBy(() -> DevStateCodec.read(json.replace("0x2a", "0x02a").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("balance of");
    assertThatThrownBy(() -> DevStateCodec.read(json.replace("0x1111111111111111111111111111111111111111", "0x11")
        .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("account 0x11");
  }

  @Test
  void aGzipBombStopsAtTheBound() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i <= DevStateCodec.MAX_JSON_BYTES >> 20; i++) {
        gzip.write(spaces);
      }
    }
    assertThatThrownBy(() -> DevStateCodec.read(out.toByteArray())).hasMessageContaining("unpacks to more than");
  }
}
