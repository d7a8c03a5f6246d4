"""The GUI of signed reports: export (with signing), identities, verification, print and print preview.

The work itself is desktop.report's; these modules only collect the user's choices, run that work off the
GUI thread and show what came out.
"""
