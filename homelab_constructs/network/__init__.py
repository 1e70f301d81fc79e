"""Cilium networking: LoadBalancer IP pools, L2 announcements."""
from .lbipam import LB_IPS_ANNOTATION, L2Announcement, LoadBalancerPool, pin_ip

__all__ = ["LB_IPS_ANNOTATION", "L2Announcement", "LoadBalancerPool", "pin_ip"]
