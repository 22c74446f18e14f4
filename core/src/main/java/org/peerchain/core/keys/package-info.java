/**
 * Keys as wallets keep them: BIP-39 mnemonics, BIP-32/44 derivation (and with it the well-known dev
 * accounts), and version-3 keystore files. Apart from {@code core.crypto} because storing and deriving keys
 * concerns only the CLI and dev mode, not signing or verifying.
 */
package org.peerchain.core.keys;
