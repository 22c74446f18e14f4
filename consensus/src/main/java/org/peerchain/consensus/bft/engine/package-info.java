/**
 * Tendermint (arXiv 1807.04938) as a pure state machine: events in, actions out, no clock, threads or I/O,
 * so that seeded simulations can drive many validators deterministically. {@link
 * org.peerchain.consensus.bft.engine.Tendermint} ties together message intake, the upon-rules, the steps they
 * take and the round state.
 */
package org.peerchain.consensus.bft.engine;
