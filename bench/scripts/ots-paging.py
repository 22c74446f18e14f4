#!/usr/bin/env python3
# Otterscan address paging over JSON-RPC: sends 250 transfers from dev account 0 with eth_sendTransaction
# (a dev node: peerchain dev or anvil), then prints p50/p99 of the first ots_searchTransactionsBefore page
# of 25, of walking all pages each way, and of ots_getBlockDetails. Run it against a fresh node:
#   ./peerchain dev --rpc-port 18746 & python3 bench/scripts/ots-paging.py http://127.0.0.1:18746
#   anvil --port 18647 & python3 bench/scripts/ots-paging.py http://127.0.0.1:18647
import http.client, json, sys, time, urllib.parse
u = urllib.parse.urlparse(sys.argv[1])
conn = http.client.HTTPConnection(u.hostname, u.port)
def call(method, params):
    conn.request("POST", "/", json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}),
                 {"Content-Type": "application/json"})
    r = json.loads(conn.getresponse().read())
    if "error" in r: raise SystemExit(method + " " + json.dumps(r["error"]))
    return r["result"]
A0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"
A1 = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"
for i in range(250):
    call("eth_sendTransaction", [{"from": A0, "to": A1, "value": hex(1000 + i)}])
deadline = time.time() + 60
while call("eth_getTransactionCount", [A0, "latest"]) != "0xfa" and time.time() < deadline:
    time.sleep(0.1)
def walk(method, start):
    n, block, pages = 0, start, 0
    while True:
        r = call(method, [A0, block, 25])
        n += len(r["txs"]); pages += 1
        done = r["lastPage"] if method.endswith("Before") else r["firstPage"]
        if done or not r["txs"]: return n, pages
        block = int(r["txs"][-1]["blockNumber"], 16) if method.endswith("Before") else int(r["txs"][0]["blockNumber"], 16)
def timed(f, runs):
    ts = []
    for _ in range(runs):
        t = time.perf_counter(); out = f(); ts.append((time.perf_counter() - t) * 1000)
    ts.sort()
    return out, ts[len(ts) // 2], ts[int(len(ts) * 0.99) - 1]
for name, f in [("first page before (25)", lambda: len(call("ots_searchTransactionsBefore", [A0, 0, 25])["txs"])),
                ("walk before, all pages", lambda: walk("ots_searchTransactionsBefore", 0)),
                ("walk after, all pages", lambda: walk("ots_searchTransactionsAfter", 0)),
                ("ots_getBlockDetails", lambda: call("ots_getBlockDetails", [100])["block"]["number"])]:
    out, p50, p99 = timed(f, 100 if "walk" not in name else 20)
    print(f"{name:28s} result={out} p50={p50:.2f} ms p99={p99:.2f} ms")
