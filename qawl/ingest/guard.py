"""Which addresses a URL fetch may connect to. A hosted dashboard that fetches any URL a
visitor types could be made to read its own network (cloud metadata at 169.254.169.254,
databases on 10.x, services on localhost): only public addresses are connected to, checked
on the address actually dialled after DNS resolution, for the first request and for every
redirect. The operator may allow some private networks (or all) with
`QAWL_ALLOW_PRIVATE_URLS`: a comma-separated list of addresses or networks
(`10.0.0.0/8,127.0.0.1`), or `all`."""
from __future__ import annotations

import ipaddress
import os
import socket
from typing import Union

ALLOW_ENV = "QAWL_ALLOW_PRIVATE_URLS"
Address = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]
Network = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]


class BlockedAddress(OSError):
    """A connection refused because the address is not public; str() is for the user."""


def allowed_networks() -> list[Network] | None:
    """The networks the operator allows besides public addresses (None: every address)."""
    value = os.environ.get(ALLOW_ENV, "").strip()
    if value.lower() in ("all", "1", "true", "yes"):
        return None
    networks = []
    for part in filter(None, (p.strip() for p in value.split(","))):
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            continue   # a typo allows nothing more
    return networks


def is_public(ip: Address) -> bool:
    """A globally routable unicast address (not private, loopback, link-local, shared,
    reserved, documentation, multicast or unspecified); an IPv4-mapped IPv6 address is
    judged as the IPv4 address it maps."""
    mapped = getattr(ip, "ipv4_mapped", None)
    ip = mapped or ip
    return ip.is_global and not ip.is_multicast


def check_address(host: str, ip: Address, allowed: list[Network] | None) -> None:
    """Raise BlockedAddress unless `ip` (which `host` resolved to) may be connected to."""
    if allowed is None or is_public(ip) or any(ip in net for net in allowed if net.version == ip.version):
        return
    shown = host if host == str(ip) else f"{host} ({ip})"
    raise BlockedAddress(f"refused: {shown} is a private, local or reserved address "
                         f"(the operator can allow it with {ALLOW_ENV})")


def guarded_connection(address: tuple[str, int], timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                       source_address=None) -> socket.socket:
    """`socket.create_connection` that resolves the host itself and connects only to
    addresses `check_address` accepts (so a DNS answer cannot change between the check
    and the connection)."""
    host, port = address
    allowed = allowed_networks()
    error: OSError | None = None
    for family, kind, proto, _, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        check_address(host, ipaddress.ip_address(sockaddr[0].split("%")[0]), allowed)
        sock = socket.socket(family, kind, proto)
        try:
            if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as problem:
            sock.close()
            error = problem
    raise error or OSError(f"{host} has no address")
