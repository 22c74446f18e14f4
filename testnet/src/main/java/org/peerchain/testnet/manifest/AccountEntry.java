package org.peerchain.testnet.manifest;

/** A funded account of the testnet: the dev mnemonic's key {@code index}, public knowledge. */
public record AccountEntry(int index, String address, String privateKey) {}
