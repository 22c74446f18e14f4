package org.peerchain.testnet.load;

/** A signed transfer ready to submit: its hash (lower-case 0x hex), raw bytes as hex, and who sent it. */
public record SignedTransfer(String hash, String raw, int sender, long nonce) {}
