#!/bin/sh
# Creates the keys and the genesis of a network of 4 validators in NET (default /net) on first run;
# later runs find genesis.json there and change nothing. Runs inside the peerchain image.
# Validator i's key is NET/validator-i/validator.key (64 hex digits, mode 0600). The dev
# mnemonic's first 20 accounts are funded: this is a network to try things on, not to hold value.
set -eu
NET="${NET:-/net}"
VALIDATORS="${VALIDATORS:-4}"

if [ -f "$NET/genesis.json" ]; then
  echo "network in $NET exists; keeping it"
  exit 0
fi
umask 077
keys=""
i=1
while [ "$i" -le "$VALIDATORS" ]; do
  dir="$NET/validator-$i"
  mkdir -p "$dir"
  # 32 random bytes: a secp256k1 private key (one out of range has odds of about 2^-128, and is refused).
  od -An -N32 -tx1 /dev/urandom | tr -d ' \n' > "$dir/validator.key"
  address="$(peerchain keys address "$dir/validator.key")"
  echo "validator-$i: $address"
  keys="$keys${keys:+,}$dir/validator.key"
  i=$((i + 1))
done
rm -f "$NET/genesis.json.tmp"
peerchain genesis new --out "$NET/genesis.json.tmp" --validator-keys "$keys" --dev-accounts 20 \
  --block-period 500 --empty-block-period 2000
chmod 0644 "$NET/genesis.json.tmp"
mv "$NET/genesis.json.tmp" "$NET/genesis.json"
echo "genesis written to $NET/genesis.json"
