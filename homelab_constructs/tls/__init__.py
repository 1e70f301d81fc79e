"""TLS with cert-manager: CA chains, ACME issuers and Certificates."""
