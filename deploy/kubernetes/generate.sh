#!/usr/bin/env bash
# Writes what kustomization.yaml turns into the genesis ConfigMap and the validator keys Secret:
# generated/validator-0.key .. validator-3.key (hex private keys, mode 0600) and generated/genesis.json.
# Keys never go into the repository (generated/ is ignored by git). Run from anywhere; it uses
# ../../peerchain (which builds the jar on first use). An existing generated/ is kept unless --force.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
peerchain="$here/../../peerchain"
out="$here/generated"
validators=4

if [ -f "$out/genesis.json" ] && [ "${1:-}" != "--force" ]; then
  echo "$out/genesis.json exists; keeping it (--force writes new keys and genesis)" >&2
  exit 0
fi
mkdir -p "$out"
chmod 0700 "$out"
keys=()
for ((i = 0; i < validators; i++)); do
  key="$out/validator-$i.key"
  (umask 077 && od -An -N32 -tx1 /dev/urandom | tr -d ' \n' > "$key")
  address="$("$peerchain" keys address "$key")"
  echo "validator-$i: $address"
  keys+=("$key")
done
rm -f "$out/genesis.json"
"$peerchain" genesis new --out "$out/genesis.json" --validator-keys "$(IFS=,; echo "${keys[*]}")" \
  --dev-accounts 20 --block-period 500 --empty-block-period 2000
echo "wrote $out; now: kubectl apply -k $here"
