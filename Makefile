# Everything a fresh machine needs (Python 3.11, Node 20, the package registries):
#   make synth   - dist/ from the default homelab (atomic: a failing app keeps the old dist/)
#   make test    - lint (ruff), typecheck (mypy), then the whole test suite on every core
#   make dns-records - docs/dns/hosts and docs/dns/dnsmasq.conf for the router
#   make audit   - checkov's Kubernetes checks over dist/ and the examples; audit-waivers.yaml
#   make wheel   - build/wheel/homelab_constructs-*.whl (library + CRD bindings), offline
#   make docs    - docs/network.md (Mermaid diagram + hostname table) from the default homelab
#   make bench   - synth timings and peak memory (not a test; prints a Markdown table)
#   make helm    - dist-helm/: the default homelab as a Helm chart named homelab (HELM_VERSION=0.1.0)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CRDS ?= crds

# The Python side sets its own environment (homelab_constructs/_env.py: no jsii banner, bytecode
# cached); the cdk8s CLI (make helm, make imports) is Node and asks the network for upgrades
# unless told not to.
export CDK8S_CHECK_UPGRADE := false

.PHONY: synth test lint typecheck deps imports fetch-crds clean dns-records audit wheel docs bench helm

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

synth: deps
	$(PY) -m homelab_constructs synth --out dist

# the router's DNS records (hosts, dnsmasq.conf) from the default homelab's routes
dns-records: deps
	$(PY) -m homelab_constructs records --app main:build docs/dns

# the suite on every core (pytest-xdist); each worker synthesizes the shared apps once
test: deps lint typecheck
	$(PY) -m pytest -n auto

lint: deps
	$(VENV)/bin/ruff check .

# the library, then each homelab program (the default homelab and the examples: a prop of the
# wrong type or a misspelt one in a spec is a type error); one file a run, each is a module `main`
typecheck: deps
	$(VENV)/bin/mypy
	for f in main.py examples/*/main.py; do $(VENV)/bin/mypy --follow-imports=silent --ignore-missing-imports "$$f" || exit 1; done

# build/ is wiped first: setuptools never removes stale files from build/lib
wheel: deps
	rm -rf build
	$(PY) -m pip wheel --no-deps --no-build-isolation --no-index --disable-pip-version-check -q -w build/wheel .
	@ls build/wheel/*.whl

# The default homelab as a Helm chart (cdk8s names it after the working folder; we name it here)
HELM_CHART ?= homelab
HELM_VERSION ?= 0.1.0
HELM_OUT ?= dist-helm
helm: deps
	rm -rf $(HELM_OUT)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" node_modules/.bin/cdk8s synth --format helm --chart-version $(HELM_VERSION) --output $(HELM_OUT)
	sed -i -e 's/^name: .*/name: $(HELM_CHART)/' -e 's/^description: .*/description: Generated chart for $(HELM_CHART)/' $(HELM_OUT)/Chart.yaml

docs: deps
	$(PY) scripts/gen_docs.py docs/network.md

bench: deps
	$(PY) scripts/bench.py

imports: deps
	$(PY) scripts/import_crds.py $(CRDS)

fetch-crds: deps
	$(PY) scripts/import_crds.py --fetch $(CRDS)

clean:
	rm -rf $(VENV) node_modules dist .dist-* .dist.lock dist-helm

# Security scan (offline): checkov in its own venv (.venv/audit), so its many pinned
# dependencies never touch the test environment; findings must be fixed or waived in
# audit-waivers.yaml with a reason.
CHECKOV_VERSION := 3.2.500
AUDIT_VENV := $(VENV)/audit
$(AUDIT_VENV)/.installed-$(CHECKOV_VERSION):
	$(PYTHON) -m venv $(AUDIT_VENV)
	$(AUDIT_VENV)/bin/pip install --quiet --disable-pip-version-check checkov==$(CHECKOV_VERSION)
	touch $@

audit: synth $(AUDIT_VENV)/.installed-$(CHECKOV_VERSION)
	$(PY) scripts/audit.py --checkov $(AUDIT_VENV)/bin/checkov
