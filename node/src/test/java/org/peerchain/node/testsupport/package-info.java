/** Test fixtures shared by node's unit tests: a hand-driven event loop with its own clock, a dev chain in memory. */
package org.peerchain.node.testsupport;
