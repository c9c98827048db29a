"""Interpretation of a trained SMoSE policy: expert usage and per-expert statistics (routing),
decision trees distilled from the router (trees), a torch-free export of the policy (export) and
the markdown page with its figures (page). Nothing here imports torch at module level."""
