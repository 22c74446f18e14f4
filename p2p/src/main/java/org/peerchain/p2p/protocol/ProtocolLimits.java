package org.peerchain.p2p.protocol;

/** The sizes every peer must respect; docs/protocol.md states the same numbers. */
public final class ProtocolLimits {
  /** Frames (type byte + body) before the handshake completes: a Status fits with room to spare. */
  public static final int HANDSHAKE_FRAME_BYTES = 64 * 1024;
  /** The default hard maximum after the handshake. */
  public static final int MAX_FRAME_BYTES = 16 * 1024 * 1024;
  public static final int MAX_HASHES = 4096;
  public static final int MAX_TXS = 4096;
  public static final int MAX_PEERS = 64;
  public static final int MAX_BLOCKS_PER_RESPONSE = 128;
  /** A Blocks response stops before it would pass this many bytes (kept well below the frame limit). */
  public static final int MAX_BLOCKS_RESPONSE_BYTES = 8 * 1024 * 1024;
  public static final int MAX_DISCONNECT_TEXT_BYTES = 256;
  /** A GetTxs asks for at most this many hashes. */
  public static final int MAX_TX_REQUEST = 256;
  /** A Txs message holds at most this many bytes of transactions (the sum of their EIP-2718 encodings). */
  public static final int MAX_TXS_BYTES = 2 * 1024 * 1024;

  /** A SnapshotHeights answer lists at most this many heights. */
  public static final int MAX_SNAPSHOT_HEIGHTS = 16;
  /** An AccountRange holds at most this many accounts. */
  public static final int MAX_RANGE_ACCOUNTS = 32_768;
  /** The largest account value: rlp([nonce, balance, storageRoot, codeHash]) needs at most 110. */
  public static final int MAX_ACCOUNT_BYTES = 128;
  /** An AccountRange's proof holds at most this many trie nodes (two paths of at most 64 each). */
  public static final int MAX_PROOF_NODES = 128;
  /** The largest trie node of a proof: a full branch node needs at most 532 bytes. */
  public static final int MAX_PROOF_NODE_BYTES = 1024;
  /** An answerer stops adding accounts past this many bytes, whatever budget was asked. */
  public static final int MAX_ACCOUNT_RANGE_BYTES = 2 * 1024 * 1024;

  private ProtocolLimits() {}
}
