package org.peerchain.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.types.Address;

class DevAccountsTest {

  @Test
  void theAccountsHardhatAndAnvilPrint() {
    KeyPair first = DevAccounts.account(0);
    assertThat(first.address().toChecksumString()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    assertThat(first.privateKey())
        .isEqualTo(PrivateKey.fromHexString("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
    assertThat(DevAccounts.account(1).address())
        .isEqualTo(Address.fromHexString("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    assertThat(DevAccounts.account(19).address())
        .isEqualTo(Address.fromHexString("0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199"));
  }

  @Test
  void accountsListsTheFirstN() {
    assertThat(DevAccounts.accounts(DevAccounts.DEFAULT_COUNT)).hasSize(10).first().isEqualTo(DevAccounts.account(0));
    assertThat(DevAccounts.path(19).toString()).isEqualTo("m/44'/60'/0'/0/19");
  }

  @Test
  void sameAsDerivingTheFullPathFromTheMnemonic() {
    HdKey master = HdKey.fromMnemonic(Mnemonic.parse(DevAccounts.MNEMONIC), "");
    assertThat(master.derive(DevAccounts.path(5)).keyPair()).isEqualTo(DevAccounts.account(5));
  }
}
