"""One view per station (WORKFLOW.md, station by station), each from a form in forms/."""
