"""Apps: a Service, a LoadBalancer VIP and a route per app (HomelabApp), and the VPN pod (Gluetun + an app)."""
