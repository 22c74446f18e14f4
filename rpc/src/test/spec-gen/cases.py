# Usage: python3 cases.py fixture.env ../resources/spec
# Writes the request side of rpc/src/test/resources/spec/<method>/<case>.json; responses are
# recorded once (-Dspec.record=true) and then checked by hand. Existing files are left alone.
import json, os, sys

env = dict(l.strip().split("=", 1) for l in open(sys.argv[1]) if "=" in l)
B0, B1, B2, B3 = env["BLOCK0"], env["BLOCK1"], env["BLOCK2"], env["BLOCK3"]
TXA, TXB, TXC, TXD, TXP = env["TXA"], env["TXB"], env["TXC"], env["TXD"], env["TXP"]
D = [env["DEV%d" % i] for i in range(6)]
RAWP, RAWU, RAWC = env["RAWP"], env["RAWUNPROTECTED"], env["RAWCREATE"]
UNKNOWN_HASH = "0x" + "ab" * 32

cases = {}
def case(method, name, params=None, setup=None, comment=None, raw=None):
    req = raw if raw is not None else {"jsonrpc": "2.0", "id": 1, "method": method}
    if raw is None and params is not None:
        req["params"] = params
    c = {}
    if comment: c["comment"] = comment
    if setup: c["setup"] = setup
    c["request"] = req
    cases.setdefault(method, []).append((name, c))

# web3 / net
case("web3_clientVersion", "ok", [])
case("web3_clientVersion", "too-many-params", ["x"])
case("web3_sha3", "empty", ["0x"])
case("web3_sha3", "data", ["0x68656c6c6f20776f726c64"], comment="keccak256('hello world')")
case("web3_sha3", "odd-length", ["0x123"])
case("web3_sha3", "no-prefix", ["68656c6c6f"])
case("web3_sha3", "missing-param", [])
case("web3_sha3", "wrong-type", [42])
case("net_version", "ok", [])
case("net_listening", "ok")
case("net_peerCount", "ok", [])

# chain facts
case("eth_chainId", "ok", [])
case("eth_chainId", "too-many-params", [1])
case("eth_syncing", "in-sync", [])
case("eth_syncing", "syncing", [], setup={"syncing": [0, 2, 3000]})
case("eth_blockNumber", "ok")
case("eth_blockNumber", "params-object", {"a": 1}, comment="params must be an array")

# state reads
case("eth_getBalance", "latest", [D[0], "latest"])
case("eth_getBalance", "default-latest", [D[3]])
case("eth_getBalance", "earliest", [D[0], "earliest"])
case("eth_getBalance", "number", [D[3], "0x1"])
case("eth_getBalance", "genesis-number", [D[3], "0x0"])
case("eth_getBalance", "safe", [D[1], "safe"])
case("eth_getBalance", "finalized", [D[1], "finalized"])
case("eth_getBalance", "pending", [D[1], "pending"])
case("eth_getBalance", "eip1898-hash", [D[0], {"blockHash": B1}])
case("eth_getBalance", "eip1898-hash-canonical", [D[0], {"blockHash": B1, "requireCanonical": True}])
case("eth_getBalance", "eip1898-number", [D[0], {"blockNumber": "0x1"}])
case("eth_getBalance", "eip1898-both", [D[0], {"blockNumber": "0x1", "blockHash": B1}])
case("eth_getBalance", "eip1898-empty-object", [D[0], {}])
case("eth_getBalance", "bare-hash", [D[0], B1])
case("eth_getBalance", "unknown-hash", [D[0], {"blockHash": UNKNOWN_HASH}])
case("eth_getBalance", "future-block", [D[0], "0x64"])
case("eth_getBalance", "unknown-account", ["0x" + "00" * 19 + "01", "latest"])
case("eth_getBalance", "checksummed-address", ["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "latest"])
case("eth_getBalance", "short-address", ["0xf39fd6e51aad88f6f4ce6ab8827279cfffb922", "latest"])
case("eth_getBalance", "odd-address", ["0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226", "latest"])
case("eth_getBalance", "address-no-prefix", ["f39fd6e51aad88f6f4ce6ab8827279cfffb92266", "latest"])
case("eth_getBalance", "address-number", [12345, "latest"])
case("eth_getBalance", "unknown-tag", [D[0], "newest"])
case("eth_getBalance", "block-leading-zero", [D[0], "0x01"])
case("eth_getBalance", "block-no-digits", [D[0], "0x"])
case("eth_getBalance", "block-huge", [D[0], "0x" + "f" * 17])
case("eth_getBalance", "block-above-int64", [D[0], "0x8000000000000000"])
case("eth_getBalance", "block-number-type", [D[0], 1])
case("eth_getBalance", "block-bad-hex", [D[0], "0xzz"])
case("eth_getBalance", "missing-params")
case("eth_getBalance", "too-many-params", [D[0], "latest", "extra"])
case("eth_getTransactionCount", "latest", [D[0], "latest"])
case("eth_getTransactionCount", "at-block-1", [D[0], "0x1"])
case("eth_getTransactionCount", "pending-empty-pool", [D[2], "pending"])
case("eth_getTransactionCount", "pending-with-pooled", [D[2], "pending"], setup={"pooled": True})
case("eth_getTransactionCount", "earliest", [D[0], "earliest"])
case("eth_getTransactionCount", "bad-address", ["0x1234", "latest"])
case("eth_getCode", "account", [D[0], "latest"])
case("eth_getCode", "future-block", [D[0], "0x10"])
case("eth_getCode", "bad-address", ["0xzz", "latest"])
case("eth_getStorageAt", "slot-zero", [D[0], "0x0", "latest"])
case("eth_getStorageAt", "slot-full", [D[0], "0x" + "00" * 31 + "01", "latest"])
case("eth_getStorageAt", "slot-too-long", [D[0], "0x" + "00" * 33, "latest"])
case("eth_getStorageAt", "missing-slot", [D[0]])
case("eth_getProof", "account", [D[0], [], "latest"])
case("eth_getProof", "with-storage-keys", [D[3], ["0x0", "0x" + "00" * 31 + "01"], "0x1"])
case("eth_getProof", "absent-account", ["0x" + "00" * 19 + "01", [], "latest"])
case("eth_getProof", "keys-not-array", [D[0], "0x0", "latest"])
case("eth_getProof", "unknown-block", [D[0], [], "0x99"])

# calls and fees
case("eth_call", "transfer", [{"from": D[0], "to": D[1], "value": "0x1"}, "latest"])
case("eth_call", "with-data", [{"to": D[1], "data": "0x70a08231"}, "latest"])
case("eth_call", "creation", [{"from": D[0], "data": "0x6000"}, "latest"])
case("eth_call", "input-data-differ", [{"to": D[1], "data": "0x01", "input": "0x02"}, "latest"])
case("eth_call", "bad-field", [{"to": D[1], "gas": "0x01"}, "latest"])
case("eth_call", "not-object", ["0x1234", "latest"])
case("eth_call", "unknown-block", [{"to": D[1]}, "0x77"])
case("eth_estimateGas", "plain-transfer", [{"from": D[0], "to": D[1], "value": "0x1"}])
case("eth_estimateGas", "with-data", [{"from": D[0], "to": D[1], "data": "0x00ff00ff"}, "latest"])
case("eth_estimateGas", "cast-style", [{"from": D[0], "to": D[1], "value": "0x1", "input": "0x01", "data": "0x01",
                                        "nonce": "0x2", "chainId": "0x539", "maxFeePerGas": "0x77359400",
                                        "maxPriorityFeePerGas": "0x3b9aca00"}, "pending"],
     comment="cast sends both input and data, a nonce and a chain id, at pending")
case("eth_estimateGas", "access-list", [{"to": D[1], "accessList": [{"address": D[4], "storageKeys": ["0x" + "00" * 32]}]}])
case("eth_estimateGas", "input-data-differ", [{"to": D[1], "input": "0x01", "data": "0x02"}])
case("eth_estimateGas", "insufficient-funds", [{"from": D[4], "to": D[1], "value": "0x1"}])
case("eth_estimateGas", "gas-cap-too-low", [{"from": D[0], "to": D[1], "gas": "0x5207"}])
case("eth_estimateGas", "creation", [{"from": D[0], "data": "0x6000"}])
case("eth_estimateGas", "gasprice-and-maxfee", [{"to": D[1], "gasPrice": "0x1", "maxFeePerGas": "0x2"}])
case("eth_estimateGas", "value-too-big", [{"to": D[1], "value": "0x1" + "0" * 64}])
case("eth_gasPrice", "ok", [])
case("eth_maxPriorityFeePerGas", "ok", [])
case("eth_feeHistory", "all-blocks", ["0x4", "latest", [25, 75]])
case("eth_feeHistory", "decimal-count", [2, "0x2", []])
case("eth_feeHistory", "decimal-string-count", ["2", "latest"])
case("eth_feeHistory", "more-than-chain", ["0x64", "latest", [50]])
case("eth_feeHistory", "zero-blocks", ["0x0", "latest"])
case("eth_feeHistory", "beyond-head", ["0x1", "0x9"])
case("eth_feeHistory", "bad-percentiles", ["0x1", "latest", [60, 20]])
case("eth_feeHistory", "percentile-above-100", ["0x1", "latest", [101]])
case("eth_feeHistory", "missing-newest", ["0x1"])

# blocks
case("eth_getBlockByNumber", "hashes", ["0x1", False])
case("eth_getBlockByNumber", "full", ["0x2", True])
case("eth_getBlockByNumber", "latest-empty-block", ["latest", False])
case("eth_getBlockByNumber", "earliest", ["earliest", True])
case("eth_getBlockByNumber", "pending", ["pending", False])
case("eth_getBlockByNumber", "not-found", ["0x10", False])
case("eth_getBlockByNumber", "default-hashes", ["0x1"])
case("eth_getBlockByNumber", "bool-as-string", ["0x1", "true"])
case("eth_getBlockByNumber", "hash-not-accepted", [B1, False])
case("eth_getBlockByHash", "full", [B1, True])
case("eth_getBlockByHash", "hashes", [B2, False])
case("eth_getBlockByHash", "not-found", [UNKNOWN_HASH, False])
case("eth_getBlockByHash", "short-hash", ["0x1234", False])
case("eth_getBlockTransactionCountByNumber", "two", ["0x1"])
case("eth_getBlockTransactionCountByNumber", "empty", ["latest"])
case("eth_getBlockTransactionCountByNumber", "not-found", ["0x42"])
case("eth_getBlockTransactionCountByHash", "two", [B2])
case("eth_getBlockTransactionCountByHash", "not-found", [UNKNOWN_HASH])
case("eth_getUncleCountByBlockNumber", "zero", ["0x1"])
case("eth_getUncleCountByBlockNumber", "not-found", ["0x42"])
case("eth_getUncleCountByBlockHash", "zero", [B1])
case("eth_getUncleCountByBlockHash", "not-found", [UNKNOWN_HASH])

# transactions and receipts
case("eth_getTransactionByHash", "dynamic-fee", [TXA])
case("eth_getTransactionByHash", "legacy", [TXB])
case("eth_getTransactionByHash", "access-list", [TXC])
case("eth_getTransactionByHash", "pending", [TXP], setup={"pooled": True})
case("eth_getTransactionByHash", "not-found", [UNKNOWN_HASH])
case("eth_getTransactionByHash", "odd-hash", ["0x" + "a" * 63])
case("eth_getTransactionByBlockNumberAndIndex", "second", ["0x2", "0x1"])
case("eth_getTransactionByBlockNumberAndIndex", "out-of-range", ["0x2", "0x2"])
case("eth_getTransactionByBlockNumberAndIndex", "huge-index", ["0x2", "0xffffffffffffffff"])
case("eth_getTransactionByBlockNumberAndIndex", "index-leading-zero", ["0x2", "0x01"])
case("eth_getTransactionByBlockHashAndIndex", "first", [B1, "0x0"])
case("eth_getTransactionByBlockHashAndIndex", "unknown-block", [UNKNOWN_HASH, "0x0"])
case("eth_getTransactionReceipt", "dynamic-fee", [TXA])
case("eth_getTransactionReceipt", "second-in-block", [TXD])
case("eth_getTransactionReceipt", "legacy", [TXB])
case("eth_getTransactionReceipt", "not-found", [UNKNOWN_HASH])
case("eth_getTransactionReceipt", "pending-has-none", [TXP], setup={"pooled": True})
case("eth_getBlockReceipts", "block-2", ["0x2"])
case("eth_getBlockReceipts", "by-hash", [{"blockHash": B1}])
case("eth_getBlockReceipts", "empty-block", ["latest"])
case("eth_getBlockReceipts", "not-found", ["0x50"])

# submission
case("eth_sendRawTransaction", "accepted", [RAWP])
case("eth_sendRawTransaction", "nonce-too-low", [RAWP], setup={"reject": "nonce too low: address 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC, tx: 1 state: 2"})
case("eth_sendRawTransaction", "insufficient-funds", [RAWP], setup={"reject": "insufficient funds for gas * price + value: address 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC have 1 want 105000000000777"})
case("eth_sendRawTransaction", "already-known", [RAWP], setup={"reject": "already known"})
case("eth_sendRawTransaction", "replacement-underpriced", [RAWP], setup={"reject": "replacement transaction underpriced"})
case("eth_sendRawTransaction", "underpriced", [RAWP], setup={"reject": "transaction underpriced"})
case("eth_sendRawTransaction", "intrinsic-gas", [RAWP], setup={"reject": "intrinsic gas too low: have 20000, want 21000"})
case("eth_sendRawTransaction", "exceeds-block-gas-limit", [RAWP], setup={"reject": "exceeds block gas limit"})
case("eth_sendRawTransaction", "unprotected", [RAWU])
case("eth_sendRawTransaction", "contract-creation", [RAWC])
case("eth_sendRawTransaction", "blob-type", ["0x03f8"], comment="type 3 envelope")
case("eth_sendRawTransaction", "random-bytes", ["0xdeadbeef"])
case("eth_sendRawTransaction", "rlp-string", ["0x83010203"])
case("eth_sendRawTransaction", "empty", ["0x"])
case("eth_sendRawTransaction", "truncated", [RAWP[:-10]])
case("eth_sendRawTransaction", "odd-hex", ["0x02f"])
case("eth_sendRawTransaction", "missing", [])
case("eth_getLogs", "range", [{"fromBlock": "0x0", "toBlock": "latest"}])
case("eth_getLogs", "by-block-hash", [{"blockHash": B1, "address": D[0], "topics": [None, [UNKNOWN_HASH]]}])
case("eth_getLogs", "unknown-block-hash", [{"blockHash": UNKNOWN_HASH}])
case("eth_getLogs", "hash-and-range", [{"blockHash": B1, "fromBlock": "0x1"}])
case("eth_getLogs", "inverted-range", [{"fromBlock": "0x2", "toBlock": "0x1"}])
case("eth_getLogs", "bad-topic", [{"topics": ["0x12"]}])
case("eth_getLogs", "too-many-topics", [{"topics": [None, None, None, None, None]}])

# filters (ids are random: "<any>")
case("eth_newBlockFilter", "ok", [])
case("eth_newPendingTransactionFilter", "ok", [])
case("eth_newFilter", "ok", [{"fromBlock": "latest", "address": [D[0], D[1]]}])
case("eth_newFilter", "bad-address", [{"address": "0x12"}])
case("eth_getFilterChanges", "unknown", ["0x" + "11" * 16])
case("eth_getFilterChanges", "missing", [])
case("eth_getFilterLogs", "unknown", ["0x" + "11" * 16])
case("eth_uninstallFilter", "unknown", ["0x" + "11" * 16])

# subscriptions over HTTP are refused
case("eth_subscribe", "over-http", ["newHeads"])
case("eth_unsubscribe", "over-http", ["0x" + "11" * 16])

# dev accounts
case("eth_accounts", "dev", [])
case("eth_sendTransaction", "fills-defaults", [{"from": D[2], "to": D[5], "value": "0x309"}])
case("eth_sendTransaction", "legacy-gas-price", [{"from": D[2], "to": D[5], "gasPrice": "0x3b9aca00", "gas": "0x5208", "nonce": "0x1"}])
case("eth_sendTransaction", "unknown-account", [{"from": D[4], "to": D[5]}])
case("eth_sendTransaction", "missing-from", [{"to": D[5]}])
case("eth_sendTransaction", "creation", [{"from": D[2], "data": "0x6000"}])
case("eth_sendTransaction", "wrong-chain-id", [{"from": D[2], "to": D[5], "chainId": "0x1"}])
case("eth_sendTransaction", "pool-rejects", [{"from": D[2], "to": D[5]}], setup={"reject": "insufficient funds for gas * price + value"})

# pool and node
case("txpool_status", "empty", [])
case("txpool_status", "one-pending", [], setup={"pooled": True})
case("txpool_content", "empty", [])
case("txpool_content", "one-pending", [], setup={"pooled": True})
case("peerchain_validators", "ok", [])
case("peerchain_consensusState", "ok", [])
case("peerchain_nodeInfo", "ok", [])

# protocol-level (not a method)
case("_protocol", "unknown-method", raw={"jsonrpc": "2.0", "id": 7, "method": "eth_fillTransaction", "params": [{}]})
case("_protocol", "string-id", raw={"jsonrpc": "2.0", "id": "abc", "method": "eth_chainId"})
case("_protocol", "null-id", raw={"jsonrpc": "2.0", "id": None, "method": "eth_chainId"})
case("_protocol", "object-id", raw={"jsonrpc": "2.0", "id": {"a": 1}, "method": "eth_chainId"})
case("_protocol", "missing-version", raw={"id": 1, "method": "eth_chainId"})
case("_protocol", "wrong-version", raw={"jsonrpc": "1.0", "id": 1, "method": "eth_chainId"})
case("_protocol", "method-not-string", raw={"jsonrpc": "2.0", "id": 1, "method": 5})
case("_protocol", "batch", raw=[{"jsonrpc": "2.0", "id": 1, "method": "eth_chainId"},
                                 {"jsonrpc": "2.0", "method": "eth_blockNumber"},
                                 {"jsonrpc": "2.0", "id": 2, "method": "nope_nothing"},
                                 5,
                                 {"jsonrpc": "2.0", "id": 3, "method": "net_version"}])
case("_protocol", "empty-batch", raw=[])
case("_protocol", "number-request", raw=42)
case("_protocol", "string-request", raw="eth_chainId")

root = sys.argv[2]
for method, items in cases.items():
    os.makedirs(os.path.join(root, method), exist_ok=True)
    for name, c in items:
        path = os.path.join(root, method, name + ".json")
        if not os.path.exists(path):
            with open(path, "w") as f:
                f.write(json.dumps(c, indent=2) + "\n")
print(sum(len(v) for v in cases.values()), "cases")
