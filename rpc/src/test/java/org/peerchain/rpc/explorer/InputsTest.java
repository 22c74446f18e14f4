package org.peerchain.rpc.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

class InputsTest {
  private static final String HASH = "0x" + "0123456789abcdef".repeat(4);
  private static final String ADDRESS = "0x" + "0123456789abcdef0123456789abcdef01234567";

  @Test
  void searchTellsNumbersHashesAndAddressesApart() {
    assertThat(Inputs.query("42")).isEqualTo(new Inputs.Query.BlockNumber(42));
    assertThat(Inputs.query("007")).isEqualTo(new Inputs.Query.BlockNumber(7));
    assertThat(Inputs.query(HASH)).isEqualTo(new Inputs.Query.AnyHash(Hash.fromHexString(HASH)));
    assertThat(Inputs.query(HASH.substring(2).toUpperCase())).isEqualTo(new Inputs.Query.AnyHash(Hash.fromHexString(HASH)));
    assertThat(Inputs.query(ADDRESS)).isEqualTo(new Inputs.Query.AnAddress(Address.fromHexString(ADDRESS)));
    // A bare hash of decimal digits only is still a hash, not an enormous number.
    assertThat(Inputs.query("1".repeat(64))).isInstanceOf(Inputs.Query.AnyHash.class);
  }

  @Test
  void nonAsciiDigitsAndHexAreRefused() {
    assertThatThrownBy(() -> Inputs.query("١٢")).isInstanceOf(ExplorerException.class);
    assertThatThrownBy(() -> Inputs.blockRef("１")).isInstanceOf(ExplorerException.class);
    assertThatThrownBy(() -> Inputs.txHash("0x" + "ａ".repeat(64))).isInstanceOf(ExplorerException.class);
  }

  @Test
  void numbersBeyondAnyBlockAreBadRequests() {
    assertThat(Inputs.blockRef("999999999999999999")).isEqualTo(new Inputs.BlockRef.Number(999_999_999_999_999_999L));
    assertThatThrownBy(() -> Inputs.blockRef("9999999999999999999"))
        .isInstanceOf(ExplorerException.class).hasMessageContaining("larger than any block number");
    assertThat(Inputs.blockRef("0000000000000000000000000001")).isEqualTo(new Inputs.BlockRef.Number(1));
  }

  @Test
  void aWrongChecksumIsNamed() {
    String mixed = "0x" + "aBcD".repeat(10);
    assertThatThrownBy(() -> Inputs.address(mixed)).isInstanceOf(ExplorerException.class)
        .hasMessageContaining("EIP-55");
    assertThat(Inputs.address(mixed.toLowerCase())).isEqualTo(Address.fromHexString(mixed.toLowerCase()));
  }

  @Test
  void longInputIsRefusedWithoutEchoingIt() {
    String huge = "a".repeat(10_000);
    assertThatThrownBy(() -> Inputs.query(huge)).isInstanceOf(ExplorerException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200))
        .satisfies(e -> assertThat(((ExplorerException) e).status()).isEqualTo(400));
  }

  @Property
  void anyInputIsEitherUnderstoodOrABadRequest(@ForAll @StringLength(max = 120) String input) {
    try {
      Inputs.query(input);
    } catch (ExplorerException e) {
      assertThat(e.status()).isEqualTo(400);
    }
  }
}
