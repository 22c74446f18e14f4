package org.peerchain.core.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

class GenesisWriterTest {
  @Test
  void writesEveryFieldInAFixedOrder() {
    Address a0 = Address.fromHexString(GenesisReaderTest.A0);
    Genesis g = Genesis.of(1337, List.of(new GenesisValidator(a0, 1)),
        Map.of(a0, new GenesisAccount(UInt256.fromDecimal("10000000000000000000000"), 0)));
    assertThat(GenesisWriter.toJson(g)).isEqualToNormalizingNewlines("""
        {
          "chainId" : 1337,
          "timestamp" : 0,
          "gasLimit" : 30000000,
          "initialBaseFeePerGas" : "1000000000",
          "blockPeriodMs" : 1000,
          "emptyBlockPeriodMs" : 10000,
          "extraData" : "0x",
          "validators" : [ {
            "address" : "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
            "power" : 1
          } ],
          "alloc" : {
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" : {
              "balance" : "10000000000000000000000"
            }
          }
        }
        """);
  }

  @Test
  void fileRoundTrip(@TempDir Path dir) {
    Genesis g = GenesisReader.parse(GenesisReaderTest.minimal(", \"alloc\": {\"" + GenesisReaderTest.A1
        + "\": {\"balance\": \"0x1\", \"nonce\": 7}}"));
    Path file = dir.resolve("genesis.json");
    GenesisWriter.write(g, file);
    assertThat(GenesisReader.read(file)).isEqualTo(g);
  }

  @Property(tries = 300)
  void readerReadsWhatWriterWrites(@ForAll("geneses") Genesis g) {
    String json = GenesisWriter.toJson(g);
    Genesis back = GenesisReader.parse(json);
    assertThat(back).isEqualTo(g);
    assertThat(GenesisWriter.toJson(back)).isEqualTo(json);
  }

  @Provide
  Arbitrary<Genesis> geneses() {
    Arbitrary<Address> address = Arbitraries.bytes().array(byte[].class).ofSize(20).map(b -> Address.wrap(Bytes.wrap(b)));
    Arbitrary<List<GenesisValidator>> validators = Combinators.combine(address, Arbitraries.longs().between(1, 1L << 40))
        .as(GenesisValidator::new).list().ofMinSize(1).ofMaxSize(5).uniqueElements(GenesisValidator::address);
    Arbitrary<UInt256> balance = Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, UInt256.MAX_VALUE.toBigInteger()).map(UInt256::valueOf);
    Arbitrary<Map<Address, GenesisAccount>> alloc = Arbitraries.maps(address,
        Combinators.combine(balance, Arbitraries.longs().greaterOrEqual(0)).as(GenesisAccount::new)).ofMaxSize(5);
    Arbitrary<Long> blockPeriod = Arbitraries.longs().between(0, 100_000);
    return Combinators.combine(
            Arbitraries.longs().greaterOrEqual(1), Arbitraries.longs().greaterOrEqual(0),
            Arbitraries.longs().greaterOrEqual(Genesis.MIN_GAS_LIMIT),
            balance.filter(b -> !b.isZero()), blockPeriod,
            Arbitraries.bytes().array(byte[].class).ofMaxSize(32).map(Bytes::wrap), validators, alloc)
        .as((chainId, ts, gasLimit, baseFee, period, extra, vs, accounts) -> new Genesis(chainId, ts, gasLimit,
            baseFee, period, period + 1, extra, vs, new TreeMap<>(accounts)));
  }
}
