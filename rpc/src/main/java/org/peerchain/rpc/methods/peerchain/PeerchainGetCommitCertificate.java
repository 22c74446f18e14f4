package org.peerchain.rpc.methods.peerchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.eth.BlockResolver;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;

/**
 * A block's header and commit certificate in their canonical RLP encodings: {number, hash, header,
 * certificate}. With the validator set, this is all a light client needs to trust the block's state
 * root (a verified fork checks every account proof against it). Raw encodings rather than JSON fields
 * because the client must hash exactly the bytes that were signed; it recomputes the hash itself.
 * Genesis has no certificate (it is final by definition): certificate is null there. Unknown block: null.
 */
public final class PeerchainGetCommitCertificate implements RpcMethod {
  private final BlockResolver blocks;

  public PeerchainGetCommitCertificate(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "peerchain_getCommitCertificate";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    BlockParameter block = params.optional(0, "block", BlockParameters.NUMBER_OR_HASH, BlockParameter.LATEST);
    Optional<BlockHeader> found = blocks.header(block);
    if (found.isEmpty()) {
      return Json.NULL;
    }
    BlockHeader header = found.get();
    Optional<CommitCertificate> certificate = blocks.chain().certificate(header.hash());
    ObjectNode o = Json.object();
    o.set("number", Json.quantity(header.number()));
    o.set("hash", Json.hash(header.hash()));
    o.set("header", Json.data(BlockHeaderCodec.encode(header)));
    o.set("certificate", certificate.map(c -> Json.data(CommitCertificateCodec.encode(c))).orElse(Json.NULL));
    return o;
  }
}
