"""Offline guessing: a stored signing key against the stored login hash, side by side.

Run: python benchmarks/bench_secrets.py [--seconds 5]
Writes benchmarks/results/bench_secrets.json.

The attacker has what the bench's database login reads (or a copy of the SQLite file): the
users table's argon2id login hash and user_credentials' wrapped signing key. One guess at the
login hash is PasswordHasher.verify; one guess at the key is what benchapp does to open it
(benchapp.slips.ca.unwrap_key: argon2id then AES-GCM, or PKCS#8 with PBKDF2 for keys stored
before issue 12). Both run on one core, alternately, in this one process, with the real
(production) parameters. Goal (issue 12 item 4): key guesses/s / hash guesses/s <= 1.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from benchapp.slips import ca

RESULTS = Path(__file__).with_name("results")


def rate(guess, seconds: float) -> float:
    """Wrong guesses per second for ``seconds`` of trying."""
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        guess(f"guess-{n:08d}")
        n += 1
    return n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per measurement")
    args = parser.parse_args()

    hasher = PasswordHasher.from_parameters(ca.LOGIN_HASH)  # what services.users uses
    login_hash = hasher.hash("Bench-pass-2026")
    key = ec.generate_private_key(ec.SECP256R1())
    wrapped = ca.wrap_key(key, "Bench-pass-2026")
    legacy = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.BestAvailableEncryption(b"Bench-pass-2026"))

    def guess_hash(word: str) -> None:
        try:
            hasher.verify(login_hash, word)
        except VerificationError:
            pass

    def guess_key(blob: bytes):
        def guess(word: str) -> None:
            try:
                ca.unwrap_key(blob, word)
            except ValueError:
                pass
        return guess

    # Alternate, twice each, so a busy neighbour on the machine hurts both sides alike.
    hash_rates, key_rates = [], []
    for _ in range(2):
        hash_rates.append(rate(guess_hash, args.seconds))
        key_rates.append(rate(guess_key(wrapped), args.seconds))
    legacy_rate = rate(guess_key(legacy), min(args.seconds, 2.0))
    result = {
        "login_hash": {"params": {"t": hasher.time_cost, "m_kib": hasher.memory_cost,
                                  "p": hasher.parallelism},
                       "guesses_per_s": round(sum(hash_rates) / len(hash_rates), 2)},
        "signing_key": {"params": ca.KEY_KDF,
                        "guesses_per_s": round(sum(key_rates) / len(key_rates), 2)},
        "legacy_pbkdf2_key": {"guesses_per_s": round(legacy_rate, 1)},
    }
    result["ratio_key_to_hash"] = round(result["signing_key"]["guesses_per_s"]
                                        / result["login_hash"]["guesses_per_s"], 3)
    result["goal_met"] = result["ratio_key_to_hash"] <= 1
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_secrets.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
