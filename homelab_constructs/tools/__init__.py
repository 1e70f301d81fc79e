"""The command-line tools: ``synth`` and ``validate`` (``cli``), ``diff``, ``reachability`` (the matrix; its policy
reading in ``policy_reader``, Cilium's verdicts in ``policy_verdict``, the bundle's apps in ``bundle_model``) and
``records``."""
