/** peerchain consensus module; built out by its own issue (see ../shared/ARCHITECTURE.md). */
package org.peerchain.consensus;
