/**
 * A validator's key behind the double-sign guard: what it signs, and its lock, are saved durably before a
 * signature leaves, so a restarted validator never signs a conflicting message. Apart from the engine so that
 * the guard, not the engine, has the last word on what gets signed: a bug in the rules cannot make the
 * validator equivocate.
 */
package org.peerchain.consensus.bft.signer;
