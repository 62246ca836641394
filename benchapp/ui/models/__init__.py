"""Qt item models that present service read-outs in table views."""
