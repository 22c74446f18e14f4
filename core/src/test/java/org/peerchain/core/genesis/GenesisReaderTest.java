package org.peerchain.core.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

class GenesisReaderTest {
  // Hardhat/anvil account #0 and #1, EIP-55 form.
  static final String A0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
  static final String A1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

  static String minimal(String extra) {
    return "{\"chainId\": 1337, \"validators\": [{\"address\": \"" + A0 + "\", \"power\": 1}]" + extra + "}";
  }

  @Test
  void fullGenesis() {
    Genesis g = GenesisReader.parse("""
        {
          "chainId": "0x539",
          "timestamp": "1700000000",
          "gasLimit": 30000000,
          "initialBaseFeePerGas": "0x3b9aca00",
          "blockPeriodMs": 0,
          "emptyBlockPeriodMs": "5000",
          "extraData": "0x7065657263686169",
          "validators": [
            {"address": "%s", "power": 10},
            {"address": "%s", "power": "0x5"}
          ],
          "alloc": {
            "%s": {"balance": "10000000000000000000000"},
            "%s": {"balance": "0xde0b6b3a7640000", "nonce": 3}
          }
        }
        """.formatted(A0, A1, A0, A1.toLowerCase()));
    assertThat(g.chainId()).isEqualTo(1337);
    assertThat(g.timestamp()).isEqualTo(1_700_000_000L);
    assertThat(g.gasLimit()).isEqualTo(30_000_000);
    assertThat(g.initialBaseFeePerGas()).isEqualTo(UInt256.valueOf(1_000_000_000L));
    assertThat(g.blockPeriodMs()).isZero();
    assertThat(g.emptyBlockPeriodMs()).isEqualTo(5000);
    assertThat(g.extraData()).isEqualTo(Bytes.fromHexString("0x7065657263686169"));
    assertThat(g.validators()).containsExactly(
        new GenesisValidator(Address.fromHexString(A0), 10), new GenesisValidator(Address.fromHexString(A1), 5));
    assertThat(g.alloc()).containsEntry(Address.fromHexString(A0),
        new GenesisAccount(UInt256.fromDecimal("10000000000000000000000"), 0));
    assertThat(g.alloc()).containsEntry(Address.fromHexString(A1),
        new GenesisAccount(UInt256.fromDecimal("1000000000000000000"), 3));
  }

  @Test
  void defaults() {
    Genesis g = GenesisReader.parse(minimal(""));
    assertThat(g.timestamp()).isZero();
    assertThat(g.gasLimit()).isEqualTo(Genesis.DEFAULT_GAS_LIMIT);
    assertThat(g.initialBaseFeePerGas()).isEqualTo(UInt256.valueOf(1_000_000_000L));
    assertThat(g.blockPeriodMs()).isEqualTo(1000);
    assertThat(g.emptyBlockPeriodMs()).isEqualTo(10_000);
    assertThat(g.extraData()).isEqualTo(Bytes.EMPTY);
    assertThat(g.alloc()).isEmpty();
    // A block period above the default empty-block period raises the latter with it.
    assertThat(GenesisReader.parse(minimal(", \"blockPeriodMs\": 20000")).emptyBlockPeriodMs()).isEqualTo(20_000);
  }

  @Test
  void readsFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("genesis.json");
    java.nio.file.Files.writeString(file, minimal(""));
    assertThat(GenesisReader.read(file).chainId()).isEqualTo(1337);
    assertError(() -> GenesisReader.read(dir.resolve("missing.json")), "cannot read genesis file");
  }

  @Test
  void unknownKeysAreNamedWithTheirPath() {
    assertError(minimal(", \"chainID\": 1"), "unknown key chainID (allowed: alloc, blockPeriodMs, chainId,");
    assertError(minimal(", \"alloc\": {\"" + A1 + "\": {\"balanse\": \"1\"}}"),
        "unknown key alloc." + A1 + ".balanse (allowed: balance, nonce)");
    assertError("{\"chainId\": 1, \"validators\": [{\"address\": \"" + A0 + "\", \"power\": 1, \"weight\": 2}]}",
        "unknown key validators[0].weight (allowed: address, power)");
  }

  @Test
  void missingKeys() {
    assertError("{\"validators\": [{\"address\": \"" + A0 + "\", \"power\": 1}]}", "missing required key chainId");
    assertError("{\"chainId\": 1}", "missing required key validators");
    assertError("{\"chainId\": 1, \"validators\": [{\"address\": \"" + A0 + "\"}]}",
        "missing required key validators[0].power");
    assertError(minimal(", \"alloc\": {\"" + A1 + "\": {\"nonce\": 1}}"), "missing required key alloc." + A1 + ".balance");
  }

  @Test
  void badNumbersNameFieldAndValue() {
    assertError("{\"chainId\": 0, \"validators\": []}", "chainId: must be positive, got 0");
    assertError("{\"chainId\": \"-5\", \"validators\": []}",
        "chainId: must be an integer (JSON number, decimal string or 0x hex string), got \"-5\"");
    assertError("{\"chainId\": 1.5, \"validators\": []}", "chainId: must be an integer");
    assertError("{\"chainId\": \"0xzz\", \"validators\": []}", "got \"0xzz\"");
    assertError("{\"chainId\": true, \"validators\": []}", "chainId: must be an integer");
    assertError("{\"chainId\": null, \"validators\": []}", "chainId: must be an integer (JSON number, decimal string or 0x hex string), got null");
    assertError("{\"chainId\": 9223372036854775808, \"validators\": []}",
        "chainId: must fit a signed 64-bit integer, got 9223372036854775808");
    assertError(minimal(", \"timestamp\": -1"), "timestamp: must not be negative, got -1");
    assertError(minimal(", \"gasLimit\": 20999"), "gasLimit: must be at least 21000, got 20999");
    assertError(minimal(", \"initialBaseFeePerGas\": \"0\""), "initialBaseFeePerGas: must be positive, got \"0\"");
    assertError(minimal(", \"blockPeriodMs\": -1"), "blockPeriodMs: must not be negative, got -1");
    assertError(minimal(", \"blockPeriodMs\": 2000, \"emptyBlockPeriodMs\": 1000"),
        "emptyBlockPeriodMs: must be at least 2000, got 1000");
    assertError(minimal(", \"blockPeriodMs\": 0, \"emptyBlockPeriodMs\": 0"), "emptyBlockPeriodMs: must be positive, got 0");
    assertError(minimal(", \"alloc\": {\"" + A1 + "\": {\"balance\": \"12x\"}}"),
        "alloc." + A1 + ".balance: must be an integer (JSON number, decimal string or 0x hex string), got \"12x\"");
    assertError(minimal(", \"alloc\": {\"" + A1 + "\": {\"balance\": \"0x1" + "0".repeat(64) + "\"}}"),
        "alloc." + A1 + ".balance: must be an integer");
    assertError(minimal(", \"alloc\": {\"" + A1 + "\": {\"balance\": 1, \"nonce\": -2}}"),
        "alloc." + A1 + ".nonce: must not be negative, got -2");
  }

  @Test
  void validatorsAreChecked() {
    assertError("{\"chainId\": 1, \"validators\": []}", "validators: must be a non-empty array of {address, power}, got []");
    assertError("{\"chainId\": 1, \"validators\": {}}", "validators: must be a non-empty array");
    assertError("{\"chainId\": 1, \"validators\": [{\"address\": \"" + A0 + "\", \"power\": 0}]}",
        "validators[0].power: must be positive, got 0");
    assertError("{\"chainId\": 1, \"validators\": [{\"address\": \"" + A0 + "\", \"power\": 1}, {\"address\": \""
        + A0.toLowerCase() + "\", \"power\": 2}]}",
        "validators[1].address: duplicate validator " + A0 + " (also validators[0])");
    assertError("{\"chainId\": 1, \"validators\": [{\"address\": \"0x1234\", \"power\": 1}]}",
        "validators[0].address: an address is 40 hex digits, got 4: 0x1234");
    assertError("{\"chainId\": 1, \"validators\": [{\"address\": 5, \"power\": 1}]}",
        "validators[0].address: must be a hex address string, got 5");
    assertError("{\"chainId\": 1, \"validators\": [{\"address\": \"" + A0 + "\", \"power\": 9223372036854775807}, "
        + "{\"address\": \"" + A1 + "\", \"power\": 1}]}", "invalid genesis: total validator power overflows a long");
  }

  @Test
  void allocAddressesAreChecked() {
    String badChecksum = "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    assertError(minimal(", \"alloc\": {\"" + badChecksum + "\": {\"balance\": 1}}"),
        "alloc." + badChecksum + ": invalid address: address has an invalid EIP-55 checksum");
    assertError(minimal(", \"alloc\": {\"" + A1 + "\": {\"balance\": 1}, \"" + A1.toLowerCase() + "\": {\"balance\": 2}}"),
        "alloc." + A1.toLowerCase() + ": duplicate alloc address " + A1 + " (also given as " + A1 + ")");
    assertError(minimal(", \"alloc\": {\"" + A1 + "\": \"1\"}"), "alloc." + A1 + ": must be an object {balance, nonce}");
    assertError(minimal(", \"alloc\": []"), "alloc: must be an object mapping addresses");
  }

  @Test
  void extraDataIsChecked() {
    assertError(minimal(", \"extraData\": \"0x" + "00".repeat(33) + "\""), "extraData: must be at most 32 bytes, got 33 bytes");
    assertError(minimal(", \"extraData\": \"abcd\""), "extraData: hex string must start with 0x");
    assertError(minimal(", \"extraData\": \"0xabc\""), "extraData: hex string has an odd number of digits");
  }

  @Test
  void malformedJson() {
    assertError("{\"chainId\": 1, \"chainId\": 2}", "genesis is not valid JSON: Duplicate field 'chainId'");
    assertError(minimal("") + " {}", "genesis is not valid JSON");
    assertError("{\"chainId\": ", "genesis is not valid JSON");
    assertError("[]", "genesis must be a JSON object");
    assertError("", "genesis must be a JSON object");
  }

  private static void assertError(String json, String message) {
    assertError(() -> GenesisReader.parse(json), message);
  }

  private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(GenesisException.class).hasMessageContaining(message);
  }
}
