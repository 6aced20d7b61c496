package inventory

import (
	"maps"
	"net/netip"
	"slices"

	"github.com/policyc/policyc/ir"
)

// Program returns the inventory part of an ir.Program: the identity table,
// the endpoints and the IPCache of pod and node addresses (host prefixes;
// local node → host, other nodes → remote-node). Policies, selectors and
// CIDR/FQDN identities are added by the compiler.
func (inv *Inventory) Program() *ir.Program {
	p := &ir.Program{DualStack: inv.DualStack}
	for _, id := range inv.Identities {
		p.Identities = append(p.Identities, ir.IdentityInfo{ID: id.ID, Labels: slices.Clone(id.Labels)})
	}
	for _, ep := range inv.Endpoints {
		p.Endpoints = append(p.Endpoints, ir.Endpoint{
			Name: ep.Name, Namespace: ep.Namespace, Identity: ep.Identity,
			IPs: slices.Clone(ep.IPs), NamedPorts: maps.Clone(ep.NamedPorts), Interface: ep.Interface,
		})
		for _, a := range ep.IPs {
			p.AddIPCache(netip.PrefixFrom(a, a.BitLen()), ep.Identity)
		}
	}
	for _, n := range inv.Nodes {
		id := ir.IdentityRemoteNode
		if n.Local {
			id = ir.IdentityHost
		}
		for _, a := range n.IPs {
			p.AddIPCache(netip.PrefixFrom(a, a.BitLen()), id)
		}
	}
	p.Normalize(false)
	return p
}
