"""Workflow rules of QP-TPZ-002 in plain Python: no Qt, no SQL, stdlib only."""
