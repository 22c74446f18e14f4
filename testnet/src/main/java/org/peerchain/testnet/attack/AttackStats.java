package org.peerchain.testnet.attack;

/** What the attacker did: identities used, how many the target cut off, frames sent. */
public record AttackStats(int identities, int cutOff, long framesSent) {}
