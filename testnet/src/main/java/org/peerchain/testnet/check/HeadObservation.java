package org.peerchain.testnet.check;

/** A node's finalized head as read at one moment (during a fault), to hold against the final chain. */
public record HeadObservation(String node, long height, String hash) {}
