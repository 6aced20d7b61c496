package ir

import (
	"fmt"
	"net/netip"
	"strings"
)

// reservedNames maps entity-style names to reserved identities.
var reservedNames = map[string]Identity{
	"host": IdentityHost, "world": IdentityWorld, "unmanaged": IdentityUnmanaged,
	"health": IdentityHealth, "init": IdentityInit, "remote-node": IdentityRemoteNode,
	"kube-apiserver": IdentityKubeAPIServer, "ingress": IdentityIngress,
	"world-ipv4": IdentityWorldIPv4, "world-ipv6": IdentityWorldIPv6,
}

// ResolvePeer resolves a peer as the CLI and tests write it: an endpoint
// "namespace/pod", an IP address (looked up in the IPCache; unknown
// addresses are world), or a reserved entity "reserved:host",
// "reserved:world", … ("world" is world-ipv4 in a dual-stack program). It
// also returns an address of the peer when it has one.
func (p *Program) ResolvePeer(s string) (Identity, netip.Addr, error) {
	if a, err := netip.ParseAddr(s); err == nil {
		return p.LookupIP(a), a.Unmap(), nil
	}
	if name, ok := strings.CutPrefix(s, "reserved:"); ok {
		id, ok := reservedNames[name]
		if !ok {
			return 0, netip.Addr{}, fmt.Errorf("unknown reserved entity %q", s)
		}
		if id == IdentityWorld && p.DualStack {
			id = IdentityWorldIPv4
		}
		return id, netip.Addr{}, nil
	}
	for _, ep := range p.Endpoints {
		if ep.Name == s {
			var a netip.Addr
			if len(ep.IPs) > 0 {
				a = ep.IPs[0]
			}
			return ep.Identity, a, nil
		}
	}
	return 0, netip.Addr{}, fmt.Errorf("unknown peer %q: want namespace/pod, an IP address or reserved:<entity>", s)
}
