/**
 * Call parameters parsed with geth's rules: quantities, hex data, block parameters, call and filter objects,
 * each through a {@link org.peerchain.rpc.params.ParamParser} whose refusal says what is wrong. It depends on
 * no method class, so every namespace can share it.
 */
package org.peerchain.rpc.params;
