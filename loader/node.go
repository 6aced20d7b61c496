package loader

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/ir"
)

// NodeView is the bundle's program adjusted to the node's current endpoints:
// the identity table and selector matches extended with identities that
// appeared since the build, and the ipcache holding exactly the current
// endpoints' addresses (plus the bundle's non-endpoint entries).
type NodeView struct {
	Program *ir.Program
	// Endpoints are the node file's endpoints with their identities, sorted.
	Endpoints []EndpointState
	// NewIdentities were allocated on the node (labels not in the bundle).
	NewIdentities []ir.IdentityInfo
	// Warnings are things the operator should know.
	Warnings []string
}

// BuildNodeView merges the bundle program p with the node inventory inv.
// The node inventory is authoritative for endpoints: a bundle endpoint it
// does not list has departed (its ipcache entries are dropped); an
// endpoint whose label set has no identity in the bundle gets a new
// identity, placed into the existing selectors by their requirements
// (identity churn without recompiling). A new local endpoint that a policy
// subject selects is refused: the bundle has no program for it, and
// attaching nothing would leave it unprotected.
func BuildNodeView(p *ir.Program, inv *inventory.Inventory) (*NodeView, error) {
	np := cloneProgram(p)
	byLabels := map[string]ir.Identity{}
	used := map[ir.Identity]bool{}
	for _, id := range np.Identities {
		byLabels[strings.Join(id.Labels, ";")] = id.ID
		used[id.ID] = true
	}
	invLabels := map[ir.Identity][]string{}
	for _, id := range inv.Identities {
		invLabels[id.ID] = id.Labels
	}
	v := &NodeView{Program: np}
	endpointAddr := map[netip.Addr]bool{}
	for _, ep := range p.Endpoints {
		for _, a := range ep.IPs {
			endpointAddr[a] = true
		}
	}
	var ipc []ir.IPCacheEntry
	for _, e := range np.IPCache {
		if e.Prefix.IsSingleIP() && endpointAddr[e.Prefix.Addr()] {
			continue // re-added below from the node file
		}
		ipc = append(ipc, e)
	}
	var eps []ir.Endpoint
	for _, ep := range inv.Endpoints {
		labels, ok := invLabels[ep.Identity]
		if !ok {
			return nil, fmt.Errorf("node file: endpoint %s has no identity labels", ep.Name)
		}
		id, known := byLabels[strings.Join(labels, ";")]
		if !known {
			id = allocate(ep.Identity, used)
			used[id] = true
			byLabels[strings.Join(labels, ";")] = id
			info := ir.IdentityInfo{ID: id, Labels: slices.Clone(labels)}
			v.NewIdentities = append(v.NewIdentities, info)
			np.Identities = append(np.Identities, info)
			addToSelectors(np, id, labels)
			if ep.Interface != "" {
				if err := checkUnprotected(p, ep.Name, labels); err != nil {
					return nil, err
				}
			}
		}
		for _, a := range ep.IPs {
			ipc = append(ipc, ir.IPCacheEntry{Prefix: netip.PrefixFrom(a, a.BitLen()), Identity: id})
		}
		eps = append(eps, ir.Endpoint{Name: ep.Name, Namespace: ep.Namespace, Identity: id, IPs: ep.IPs, NamedPorts: ep.NamedPorts, Interface: ep.Interface})
		st := EndpointState{Name: ep.Name, Interface: ep.Interface, Identity: uint32(id), New: !known}
		for _, a := range ep.IPs {
			st.IPs = append(st.IPs, a.String())
		}
		v.Endpoints = append(v.Endpoints, st)
	}
	slices.SortFunc(np.Identities, func(a, b ir.IdentityInfo) int { return int(a.ID) - int(b.ID) })
	slices.SortFunc(ipc, func(a, b ir.IPCacheEntry) int { return ir.ComparePrefixes(a.Prefix, b.Prefix) })
	if i := dupPrefix(ipc); i >= 0 {
		return nil, fmt.Errorf("node file: address %s is claimed twice", ipc[i].Prefix)
	}
	np.IPCache = ipc
	np.Endpoints = eps
	return v, nil
}

// allocate picks a free identity: the node inventory's own (deterministic)
// choice when free, else the next free global identity above it.
func allocate(pref ir.Identity, used map[ir.Identity]bool) ir.Identity {
	id := max(pref, ir.MinGlobalIdentity)
	for used[id] {
		id++
	}
	return id
}

// addToSelectors adds identity id to every selector its labels satisfy.
func addToSelectors(p *ir.Program, id ir.Identity, labels []string) {
	for i := range p.Selectors {
		s := &p.Selectors[i]
		if s.None || !s.Selects(labels) {
			continue
		}
		j, found := slices.BinarySearch(s.Matches, id)
		if !found {
			s.Matches = slices.Insert(s.Matches, j, id)
		}
	}
}

func dupPrefix(ipc []ir.IPCacheEntry) int {
	for i := 1; i < len(ipc); i++ {
		if ipc[i].Prefix == ipc[i-1].Prefix {
			return i
		}
	}
	return -1
}

// cloneProgram copies the parts of p that BuildNodeView changes.
func cloneProgram(p *ir.Program) *ir.Program {
	np := *p
	np.Identities = slices.Clone(p.Identities)
	np.IPCache = slices.Clone(p.IPCache)
	np.Selectors = slices.Clone(p.Selectors)
	for i := range np.Selectors {
		np.Selectors[i].Matches = slices.Clone(p.Selectors[i].Matches)
	}
	return &np
}

// checkUnprotected refuses a local endpoint whose identity is new to the
// bundle when some rule's subject selector selects its labels: the policy
// applies to it, but the bundle holds no program for it.
func checkUnprotected(p *ir.Program, name string, labels []string) error {
	for i := range p.Subjects {
		if s := &p.Subjects[i]; s.Selects(labels) {
			return fmt.Errorf("node file: endpoint %s has labels no identity in the bundle carries, and the policy subject %s selects it: "+
				"the bundle has no program to enforce its policy; rebuild the bundle with this endpoint in the inventory", name, s.Text)
		}
	}
	return nil
}
