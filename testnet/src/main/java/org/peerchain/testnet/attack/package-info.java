/**
 * {@code peerchain testnet attack}: a hostile peer with no stake (throwaway identities, forged and
 * tampered consensus messages, a non-reading amplifier) and what is measured while it attacks.
 */
package org.peerchain.testnet.attack;
