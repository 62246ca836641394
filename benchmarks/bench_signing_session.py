"""Key work per signature at the production KDF cost: a full signature (password, which arms
the session) against a later badge + PIN one (PIN hash check + the session copy, no KDF).

Run: python benchmarks/bench_signing_session.py
"""

from __future__ import annotations

import time

from cryptography.hazmat.primitives.asymmetric import ec

from benchapp.services.signing_session import SigningSession
from benchapp.services.users import hash_secret, verify_secret
from benchapp.slips import ca

key = ec.generate_private_key(ec.SECP256R1())
wrapped = ca.wrap_key(key, "pw-Secret-1")
secret = SigningSession.new_secret().decode()
copy = ca.session_wrap_key(key, secret)
pin_hash = hash_secret("2468")

def t(f, n=5):
    s = time.perf_counter()
    for _ in range(n):
        f()
    return (time.perf_counter() - s) / n * 1000

unwrap = t(lambda: ca.unwrap_key(wrapped, "pw-Secret-1"))
arm = t(lambda: ca.session_wrap_key(ca.unwrap_key(wrapped, "pw-Secret-1"), secret))
pin = t(lambda: verify_secret(pin_hash, "2468"))
session_open = t(lambda: ca.unwrap_key(copy, secret), 50)
print(f"password unwrap {unwrap:.0f} ms; arming {arm:.0f} ms; PIN check {pin:.0f} ms; "
      f"session copy open {session_open:.2f} ms")
print(f"first (full) signature key work ~{unwrap + arm:.0f} ms; "
      f"badge+PIN signature ~{pin + session_open:.0f} ms; password-only later ~{unwrap + arm:.0f} ms")
