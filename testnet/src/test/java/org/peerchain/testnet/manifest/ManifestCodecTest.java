package org.peerchain.testnet.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.testnet.TestnetException;

class ManifestCodecTest {
  @TempDir Path tmp;

  static Manifest manifest(int validators, int fullNodes, long pidBase) {
    List<NodeEntry> nodes = new ArrayList<>();
    for (int i = 0; i < validators + fullNodes; i++) {
      boolean validator = i < validators;
      nodes.add(new NodeEntry("node" + (i + 1), validator ? NodeRole.VALIDATOR : NodeRole.FULL, i,
          Path.of("/tmp/tn/node" + (i + 1)), 26_000 + 10 * i, 26_001 + 10 * i, 26_002 + 10 * i, "ab".repeat(64),
          validator ? Optional.of("0x" + "1".repeat(40)) : Optional.empty(),
          i % 2 == 0 ? OptionalLong.of(pidBase + i) : OptionalLong.empty()));
    }
    return new Manifest(Manifest.VERSION, 1337, 26_000, 384, "test junk", "10000000000000000000000", nodes,
        List.of(new AccountEntry(0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xac09")));
  }

  @Property(tries = 50)
  void roundTrips(@ForAll @IntRange(min = 1, max = 7) int validators, @ForAll @IntRange(max = 3) int fullNodes,
      @ForAll @LongRange(min = 1, max = 4_000_000) long pidBase) {
    Manifest m = manifest(validators, fullNodes, pidBase);
    assertThat(ManifestCodec.fromJson(ManifestCodec.toJson(m))).isEqualTo(m);
  }

  @Test
  void writesDerivedFactsForScripts() {
    String json = ManifestCodec.toJson(manifest(1, 0, 100));
    assertThat(json).contains("\"rpcUrl\" : \"http://127.0.0.1:26001\"", "\"wsUrl\" : \"ws://127.0.0.1:26001\"",
        "\"p2pAddress\" : \"peerchain://" + "ab".repeat(64) + "@127.0.0.1:26000\"", "\"pid\" : 100");
  }

  @Test
  void damagedManifestsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> ManifestCodec.fromJson("[]")).hasMessage("not a JSON object");
    assertThatThrownBy(() -> ManifestCodec.fromJson("{")).hasMessageStartingWith("not JSON");
    String json = ManifestCodec.toJson(manifest(1, 0, 1));
    assertThatThrownBy(() -> ManifestCodec.fromJson(json.replace("\"rpcPort\" : 26001", "\"rpcPort\" : 70000")))
        .hasMessageContaining("'rpcPort' is not a TCP port");
    assertThatThrownBy(() -> ManifestCodec.fromJson(json.replace("\"version\" : 1", "\"version\" : 9")))
        .hasMessageContaining("version 9 is not supported");
    assertThatThrownBy(() -> ManifestCodec.fromJson(json.replace("\"validator\"", "\"boss\"")))
        .hasMessageContaining("unknown node role 'boss'");
  }

  @Test
  void storeReadsWhatItWroteAndRefusesOtherDirectories() throws Exception {
    Manifest m = manifest(2, 1, 500);
    ManifestStore.write(tmp, m);
    assertThat(ManifestStore.read(tmp)).isEqualTo(m);
    Path other = Files.createDirectory(tmp.resolve("other"));
    assertThatThrownBy(() -> ManifestStore.read(other)).isInstanceOf(TestnetException.class)
        .hasMessage(other + " is not a testnet directory (no testnet.json); create one with 'peerchain testnet up --dir "
            + other + "'");
    Files.writeString(other.resolve(ManifestStore.FILE), "{}");
    assertThatThrownBy(() -> ManifestStore.read(other)).hasMessageContaining("is not a valid testnet manifest");
  }

  @Test
  void withReplacesOneNodeOnly() {
    Manifest m = manifest(3, 0, 10);
    Manifest updated = m.with(m.nodes().get(1).withPid(OptionalLong.of(99)));
    assertThat(updated.nodes().get(1).pid()).hasValue(99);
    assertThat(updated.nodes().get(0)).isEqualTo(m.nodes().get(0));
    assertThat(updated.nodes().get(2)).isEqualTo(m.nodes().get(2));
  }
}
