"""Monitoring objects: Grafana dashboards (grafana.com, ConfigMap, URL)."""
