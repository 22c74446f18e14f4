package org.peerchain.core.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

class BlockHeaderCodecTest {
  /**
   * Ethereum mainnet block 12,965,000, the first London block. Fields and hash as published in the
   * eth-brownie/brownie docs, docs/core-chain.rst (commit 3bc17a090568249da3a8b64894ddb691983b8eeb,
   * the output of web3.eth.get_block(12965000)); the hash 0x9b83c12c…ee71 is also the one given in
   * the London upgrade announcements and on every block explorer.
   */
  static final BlockHeader LONDON_FORK_BLOCK = BlockHeader.builder()
      .parentHash(Hash.fromHexString("0x3de6bb3849a138e6ab0b83a3a00dc7433f1e83f7fd488e4bba78f2fe2631a633"))
      .ommersHash(Hash.fromHexString("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"))
      // EIP-55 form as published: parsing it also checks our checksum against web3.py's.
      .coinbase(Address.fromHexString("0x7777788200B672A42421017F65EDE4Fc759564C8"))
      .stateRoot(Hash.fromHexString("0x41cf6e8e60fd087d2b00360dc29e5bfb21959bce1f4c242fd1ad7c4da968eb87"))
      .transactionsRoot(Hash.fromHexString("0xdfcb68d3a3c41096f4a77569db7956e0a0e750fad185948e54789ea0e51779cb"))
      .receiptsRoot(Hash.fromHexString("0x8a8865cd785e2e9dfce7da83aca010b10b9af2abbd367114b236f149534c821d"))
      .logsBloom(Bytes.fromHexString("0x"
          + "24e74ad77d9a2b27bdb8f6d6f7f1cffdd8cfb47fdebd433f011f7dfcfbb7db638fadd5ff66ed134ede2879ce61149797"
          + "fbcdf7b74f6b7de153ec61bdaffeeb7b59c3ed771a2fe9eaed8ac70e335e63ff2bfe239eaff8f94ca642fdf7ee5537965b"
          + "e99a440f53d2ce057dbf9932be9a7b9a82ffdffe4eeee1a66c4cfb99fe4540fbff936f97dde9f6bfd9f8cefda2fc174d23"
          + "dfdb7d6f7dfef5f754fe6a7eec92efdbff779b5feff3beafebd7fd6e973afebe4f5d86f3aafb1f73bf1e1d0cdd796d8982"
          + "7edeffe8fb6ae6d7bf639ec5f5ff4c32f31f6b525b676c7cdf5e5c75bfd5b7bd1928b6f43aac7fa0f6336576e5f7b7dfb9"
          + "e8ebbe6f6efe2f9dfe8b3f56"))
      .difficulty(UInt256.valueOf(7742494561645080L))
      .number(12965000)
      .gasLimit(30029122)
      .gasUsed(30025257)
      .timestamp(1628166822)
      .extraData(Bytes.fromHexString("0x68747470733a2f2f7777772e6b7279707465782e6f7267"))
      .mixHash(Hash.fromHexString("0x9620b46a81a4795cf4449d48e3270419f58b09293a5421205f88179b563f815a"))
      .nonce(Bytes.fromHexString("0xb223da049adf2216"))
      .baseFeePerGas(UInt256.valueOf(1_000_000_000L))
      .build();

  @Test
  void hashEqualsMainnetLondonForkBlock() {
    assertThat(LONDON_FORK_BLOCK.hash())
        .isEqualTo(Hash.fromHexString("0x9b83c12c69edb74f6c8dd5d052765c1adf940e320bd1291696e6fa07829eee71"));
  }

  @Test
  void emptyOmmersHashAndEmptyTrieRootAreEthereumsConstants() {
    assertThat(BlockHeader.EMPTY_OMMERS_HASH).isEqualTo(LONDON_FORK_BLOCK.ommersHash());
    assertThat(BlockHeader.EMPTY_TRIE_ROOT)
        .isEqualTo(Hash.fromHexString("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"));
  }

  @Test
  void decoderRefusesMainnetHeaderBecausePeerchainFieldsAreConstant() {
    assertThat(LONDON_FORK_BLOCK.hasPeerchainConstants()).isFalse();
    assertThatThrownBy(() -> BlockHeaderCodec.decode(BlockHeaderCodec.encode(LONDON_FORK_BLOCK)))
        .isInstanceOf(RlpException.class)
        .hasMessageContaining("logsBloom must be all zero");
  }

  @Test
  void eachConstantFieldIsEnforced() {
    BlockHeader ours = sample();
    assertThat(ours.hasPeerchainConstants()).isTrue();
    assertRejected(ours.toBuilder().ommersHash(Keccak.EMPTY).build(), "ommersHash must be");
    assertRejected(ours.toBuilder().difficulty(UInt256.ONE).build(), "difficulty must be 0");
    assertRejected(ours.toBuilder().mixHash(Keccak.EMPTY).build(), "mixHash must be");
    assertRejected(ours.toBuilder().nonce(Bytes.fromHexString("0x0000000000000042")).build(), "nonce must be all zero");
  }

  @Test
  void fieldSizesAreEnforced() {
    Bytes enc = BlockHeaderCodec.encode(sample());
    assertThatThrownBy(() -> BlockHeaderCodec.decode(CodecChecks.replaceItem(enc, 12, rlp(new byte[33]))))
        .isInstanceOf(RlpException.class).hasMessageContaining("extraData is at most 32 bytes, got 33");
    assertThatThrownBy(() -> BlockHeaderCodec.decode(CodecChecks.replaceItem(enc, 14, rlp(new byte[7]))))
        .isInstanceOf(RlpException.class).hasMessageContaining("nonce must be 8 bytes, got 7");
    assertThatThrownBy(() -> BlockHeaderCodec.decode(CodecChecks.replaceItem(enc, 6, rlp(new byte[255]))))
        .isInstanceOf(RlpException.class).hasMessageContaining("logsBloom must be 256 bytes, got 255");
    assertThatThrownBy(() -> BlockHeaderCodec.decode(CodecChecks.replaceItem(enc, 2, rlp(new byte[19]))))
        .isInstanceOf(RlpException.class).hasMessageContaining("address must be 20 bytes");
    Bytes hugeNumber = new RlpWriter().writeLong(-1).toBytes(); // 2^64-1
    assertThatThrownBy(() -> BlockHeaderCodec.decode(CodecChecks.replaceItem(enc, 8, hugeNumber)))
        .isInstanceOf(RlpException.class).hasMessageContaining("number 18446744073709551615 exceeds 2^63-1");
    assertThatThrownBy(() -> sample().toBuilder().extraData(Bytes.wrap(new byte[33])).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shanghaiStyleSeventeenthFieldIsRejected() {
    Bytes withWithdrawalsRoot = CodecChecks.withExtraItem(BlockHeaderCodec.encode(sample()),
        new RlpWriter().writeHash(BlockHeader.EMPTY_TRIE_ROOT).toBytes());
    assertThatThrownBy(() -> BlockHeaderCodec.decode(withWithdrawalsRoot))
        .isInstanceOf(RlpException.class).hasMessageContaining("expected the end of the enclosing list");
  }

  @Test
  void builderRequiresBaseFee() {
    assertThatThrownBy(() -> BlockHeader.builder().build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("baseFeePerGas");
  }

  static BlockHeader sample() {
    return BlockHeader.builder()
        .parentHash(Keccak.hash(Bytes.of(1)))
        .coinbase(Address.fromHexString("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"))
        .number(7).gasLimit(30_000_000).gasUsed(21_000).timestamp(1_700_000_000)
        .extraData(Bytes.of('p', 'c'))
        .baseFeePerGas(UInt256.valueOf(1_000_000_000L))
        .build();
  }

  private static Bytes rlp(byte[] b) {
    return new RlpWriter().writeBytes(b).toBytes();
  }

  private static void assertRejected(BlockHeader h, String message) {
    assertThatThrownBy(() -> BlockHeaderCodec.decode(BlockHeaderCodec.encode(h)))
        .isInstanceOf(RlpException.class).hasMessageContaining(message);
  }
}
