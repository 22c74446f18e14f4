package org.peerchain.p2p.protocol;

/** One wire message. Records validate their own limits; {@link MessageCodec} maps them to frames. */
public sealed interface Message
    permits Status, Disconnect, Ping, Pong, GetPeers, Peers, NewTxHashes, GetTxs, Txs, NewBlock,
        GetBlocks, Blocks, Consensus, GetSnapshotHeights, SnapshotHeights, GetAccountRange, AccountRange {
  MessageType type();
}
