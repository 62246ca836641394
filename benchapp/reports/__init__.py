"""Weekly repair statistics and the supervisor's registers, as plain data (no Qt)."""
