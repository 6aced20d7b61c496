package inventory

import (
	"cmp"
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strconv"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// finish merges what every file gave, derives implicit namespaces, picks the
// local node and assigns identities.
func (b *builder) finish() *Inventory {
	inv := &Inventory{Cluster: b.cluster}
	if inv.Cluster == "" {
		inv.Cluster = DefaultCluster
	}
	inv.Namespaces = b.mergeNamespaces()
	inv.Endpoints = b.mergeEndpoints()
	for _, ep := range inv.Endpoints {
		if _, ok := inv.Namespace(ep.Namespace); !ok {
			inv.Namespaces = append(inv.Namespaces, Namespace{Name: ep.Namespace})
		}
	}
	slices.SortFunc(inv.Namespaces, func(a, c Namespace) int { return cmp.Compare(a.Name, c.Name) })
	inv.Nodes = b.mergeNodes()
	inv.CIDRGroups = sortedByName(b.cidrGroups, func(g CIDRGroup) string { return g.Name })
	inv.FQDNs = b.mergeFQDNs()
	inv.Services = sortedByName(b.services, func(s Service) string { return s.Namespace + "/" + s.Name })
	inv.DualStack = b.deriveDualStack(inv)
	b.checkAddresses(inv)
	b.assignIdentities(inv)
	return inv
}

func sortedByName[T any](s []T, name func(T) string) []T {
	out := slices.Clone(s)
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(name(a), name(b)) })
	return out
}

func (b *builder) mergeNamespaces() []Namespace {
	byName := map[string]int{}
	var out []Namespace
	for _, ns := range b.namespaces {
		i, ok := byName[ns.Name]
		if !ok {
			byName[ns.Name] = len(out)
			out = append(out, ns)
			continue
		}
		if out[i].Labels != nil && ns.Labels != nil && !maps.Equal(out[i].Labels, ns.Labels) {
			b.duplicate(ns.Pos, out[i].Pos, "namespace "+ns.Name)
			continue
		}
		if out[i].Labels == nil {
			out[i].Labels = ns.Labels
		}
	}
	return out
}

func (b *builder) duplicate(p, prev ir.Pos, what string) {
	b.diags.Add(diag.Diagnostic{Pos: p, Severity: diag.Error, Code: diag.CodeInvDuplicate,
		Message: what + " is declared twice with different content",
		Related: []diag.Related{{Pos: prev, Message: "first declared here"}}})
}

// mergeEndpoints merges entries of the same name (a Pod and its
// CiliumEndpoint): labels from the Pod, identity from either, addresses and
// named ports unioned.
func (b *builder) mergeEndpoints() []Endpoint {
	byName := map[string]int{}
	var out []Endpoint
	for _, ep := range b.endpoints {
		i, ok := byName[ep.Name]
		if !ok {
			byName[ep.Name] = len(out)
			ep.IPs = slices.Clone(ep.IPs)
			ep.NamedPorts = maps.Clone(ep.NamedPorts)
			ep.NamedPortProtos = maps.Clone(ep.NamedPortProtos)
			out = append(out, ep)
			continue
		}
		b.mergeEndpoint(&out[i], ep)
	}
	for i := range out {
		slices.SortFunc(out[i].IPs, func(a, c netip.Addr) int { return a.Compare(c) })
		out[i].IPs = slices.Compact(out[i].IPs)
		if out[i].ServiceAccount == "" {
			out[i].ServiceAccount = "default"
		}
	}
	slices.SortFunc(out, func(a, c Endpoint) int { return cmp.Compare(a.Name, c.Name) })
	return out
}

func (b *builder) mergeEndpoint(dst *Endpoint, ep Endpoint) {
	switch {
	case dst.Labels == nil:
		dst.Labels = ep.Labels
	case ep.Labels != nil && !maps.Equal(dst.Labels, ep.Labels):
		b.duplicate(ep.Pos, dst.Pos, "endpoint "+ep.Name)
	}
	switch {
	case dst.Identity == 0:
		dst.Identity = ep.Identity
	case ep.Identity != 0 && ep.Identity != dst.Identity:
		b.duplicate(ep.Pos, dst.Pos, "identity of endpoint "+ep.Name)
	}
	dst.IPs = append(dst.IPs, ep.IPs...)
	for k := range ep.NamedPorts {
		v, _ := ep.NamedPort(k)
		if old, ok := dst.NamedPort(k); ok && old != v {
			b.duplicate(ep.Pos, dst.Pos, "named port "+k+" of endpoint "+ep.Name)
			continue
		}
		dst.setNamedPort(k, v)
	}
	if dst.Interface == "" {
		dst.Interface = ep.Interface
	}
	if dst.ServiceAccount == "" {
		dst.ServiceAccount = ep.ServiceAccount
	}
}

// mergeNodes sorts nodes and marks the local one: the node marked local, or
// else the first by name.
func (b *builder) mergeNodes() []Node {
	out := sortedByName(b.nodes, func(n Node) string { return n.Name })
	var local []int
	for i, n := range out {
		if n.Local {
			local = append(local, i)
		}
	}
	switch {
	case len(local) > 1:
		b.duplicate(out[local[1]].Pos, out[local[0]].Pos, "the local node")
	case len(local) == 0 && len(out) > 0:
		out[0].Local = true
	}
	return out
}

func (b *builder) mergeFQDNs() []FQDN {
	byName := map[string]int{}
	var out []FQDN
	for _, f := range b.fqdns {
		if i, ok := byName[f.Name]; ok {
			out[i].IPs = append(out[i].IPs, f.IPs...)
			continue
		}
		byName[f.Name] = len(out)
		f.IPs = slices.Clone(f.IPs)
		out = append(out, f)
	}
	for i := range out {
		slices.SortFunc(out[i].IPs, func(a, c netip.Addr) int { return a.Compare(c) })
		out[i].IPs = slices.Compact(out[i].IPs)
	}
	slices.SortFunc(out, func(a, c FQDN) int { return cmp.Compare(a.Name, c.Name) })
	return out
}

// checkAddresses refuses an address held by two endpoints or nodes: the
// IPCache could only give it one identity.
func (b *builder) checkAddresses(inv *Inventory) {
	type owner struct {
		name string
		pos  ir.Pos
	}
	seen := map[netip.Addr]owner{}
	claim := func(a netip.Addr, name string, p ir.Pos) {
		if prev, ok := seen[a]; ok && prev.name != name {
			b.diags.Add(diag.Diagnostic{Pos: p, Severity: diag.Error, Code: diag.CodeInvDuplicate,
				Message: fmt.Sprintf("address %s belongs to both %s and %s", a, prev.name, name),
				Related: []diag.Related{{Pos: prev.pos, Message: "first claimed here"}}})
			return
		}
		seen[a] = owner{name, p}
	}
	for _, ep := range inv.Endpoints {
		for _, a := range ep.IPs {
			claim(a, "endpoint "+ep.Name, ep.Pos)
		}
	}
	for _, n := range inv.Nodes {
		for _, a := range n.IPs {
			claim(a, "node "+n.Name, n.Pos)
		}
	}
}

// deriveDualStack: the explicit setting, else whether the cluster has both
// IPv4 and IPv6 endpoint or node addresses.
func (b *builder) deriveDualStack(inv *Inventory) bool {
	if b.dualStack != nil {
		return *b.dualStack
	}
	var v4, v6 bool
	note := func(ips []netip.Addr) {
		for _, a := range ips {
			v4 = v4 || a.Is4()
			v6 = v6 || a.Is6()
		}
	}
	for _, ep := range inv.Endpoints {
		note(ep.IPs)
	}
	for _, n := range inv.Nodes {
		note(n.IPs)
	}
	return v4 && v6
}

// assignIdentities builds the identity table: reserved identities, given
// ones (validated), then one allocated per distinct endpoint label set.
func (b *builder) assignIdentities(inv *Inventory) {
	var localLabels map[string]string
	if n, ok := inv.LocalNode(); ok {
		localLabels = n.Labels
	}
	table := map[ir.Identity]Identity{}
	for _, r := range reservedIdentities(localLabels) {
		table[r.ID] = r
	}
	for _, id := range b.identities {
		b.addGiven(table, id)
	}
	for i := range inv.Endpoints {
		ep := &inv.Endpoints[i]
		if ep.Identity == 0 {
			continue
		}
		if _, ok := table[ep.Identity]; !ok {
			b.addGiven(table, Identity{Pos: ep.Pos, ID: ep.Identity, Labels: b.endpointLabels(inv, ep)})
		}
	}
	var given []Identity
	for _, id := range table {
		given = append(given, id)
	}
	alloc := newAllocator(given)
	var sets [][]string
	for i := range inv.Endpoints {
		if inv.Endpoints[i].Identity == 0 {
			sets = append(sets, b.endpointLabels(inv, &inv.Endpoints[i]))
		}
	}
	got := alloc.allocate(sets)
	for i := range inv.Endpoints {
		ep := &inv.Endpoints[i]
		if ep.Identity != 0 {
			continue
		}
		ls := b.endpointLabels(inv, ep)
		ep.Identity = got[labelKey(ls)]
		if ep.Identity == 0 {
			b.diags.Errorf(ep.Pos, diag.CodeInvExhausted, "no free global identity for endpoint %s", ep.Name)
			continue
		}
		if _, ok := table[ep.Identity]; !ok {
			table[ep.Identity] = Identity{ID: ep.Identity, Labels: ls}
		}
	}
	for _, id := range table {
		inv.Identities = append(inv.Identities, id)
	}
	slices.SortFunc(inv.Identities, func(a, c Identity) int { return cmp.Compare(a.ID, c.ID) })
}

func (b *builder) endpointLabels(inv *Inventory, ep *Endpoint) []string {
	ns, _ := inv.Namespace(ep.Namespace)
	return PodIdentityLabels(ep.Labels, ns, ep.ServiceAccount, inv.Cluster)
}

// addGiven adds an explicitly given identity, refusing the reserved range
// (unless it repeats the reserved labels exactly) and an ID given two
// different label sets.
func (b *builder) addGiven(table map[ir.Identity]Identity, id Identity) {
	prev, ok := table[id.ID]
	switch {
	case ok && slices.Equal(prev.Labels, id.Labels):
		return
	case ok && id.ID <= ir.IdentityOverlay:
		b.diags.Errorf(id.Pos, diag.CodeInvIdentity, "identity %d is reserved (%v)", id.ID, prev.Labels)
	case ok:
		b.diags.Add(diag.Diagnostic{Pos: id.Pos, Severity: diag.Error, Code: diag.CodeInvIdentity,
			Message: "identity " + itoa(id.ID) + " is given two different label sets",
			Related: []diag.Related{{Pos: prev.Pos, Message: "first given here"}}})
	case id.ID == 0 || id.ID <= ir.IdentityOverlay || id.ID >= ir.IdentityScopeLocal:
		b.diags.Errorf(id.Pos, diag.CodeInvIdentity, "identity %d is outside the global range (12–16777215)", id.ID)
	default:
		table[id.ID] = id
	}
}

func itoa(id ir.Identity) string { return strconv.FormatUint(uint64(id), 10) }

func sortCompact(s *[]string) {
	slices.Sort(*s)
	*s = slices.Compact(*s)
}
