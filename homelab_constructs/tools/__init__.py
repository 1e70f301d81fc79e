"""The command-line tools: ``synth`` and ``validate`` (``cli``), ``diff``, ``reachability`` and ``records``."""
