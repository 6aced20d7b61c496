package ir

import (
	"cmp"
	"net/netip"
	"slices"
	"strings"
)

// This file holds small constructors and canonicalisation helpers so that
// passes and tests build Programs the same way, without YAML.

// Req builds a requirement; values are copied and sorted.
func Req(key string, op RequirementOp, values ...string) Requirement {
	v := slices.Clone(values)
	slices.Sort(v)
	v = slices.Compact(v)
	return Requirement{Key: key, Op: op, Values: v}
}

// LabelEq is the requirement "key In [value]" (a matchLabels entry).
func LabelEq(key, value string) Requirement { return Req(key, OpIn, value) }

// NewSelector builds a canonical selector from requirements: duplicates
// removed, requirements sorted by (key, op, values) and Text rendered.
func NewSelector(reqs ...Requirement) Selector {
	rs := make([]Requirement, 0, len(reqs))
	for _, r := range reqs {
		rs = append(rs, Req(r.Key, r.Op, r.Values...))
	}
	slices.SortFunc(rs, compareRequirement)
	rs = slices.CompactFunc(rs, func(a, b Requirement) bool { return compareRequirement(a, b) == 0 })
	s := Selector{Requirements: rs}
	s.Text = s.render()
	return s
}

// NoneSelector is the selector that matches nothing (reserved:none).
func NoneSelector() Selector { return Selector{None: true, Text: "<none>"} }

// WildcardSelector is the selector that matches every identity.
func WildcardSelector() Selector { return NewSelector() }

func compareRequirement(a, b Requirement) int {
	return cmp.Or(
		cmp.Compare(a.Key, b.Key),
		cmp.Compare(a.Op, b.Op),
		slices.Compare(a.Values, b.Values),
	)
}

// String renders the operator as written in Kubernetes selectors.
func (op RequirementOp) String() string {
	switch op {
	case OpIn:
		return "In"
	case OpNotIn:
		return "NotIn"
	case OpExists:
		return "Exists"
	case OpDoesNotExist:
		return "DoesNotExist"
	}
	return "?"
}

// String renders a requirement compactly: "k=v" for a single-value In,
// "k in (a,b)", "k notin (a)", "k" (Exists) and "!k" (DoesNotExist).
func (r Requirement) String() string {
	switch r.Op {
	case OpIn:
		if len(r.Values) == 1 {
			return r.Key + "=" + r.Values[0]
		}
		return r.Key + " in (" + strings.Join(r.Values, ",") + ")"
	case OpNotIn:
		return r.Key + " notin (" + strings.Join(r.Values, ",") + ")"
	case OpExists:
		return r.Key
	case OpDoesNotExist:
		return "!" + r.Key
	}
	return r.Key + " ?"
}

func (s *Selector) render() string {
	if s.None {
		return "<none>"
	}
	parts := make([]string, len(s.Requirements))
	for i, r := range s.Requirements {
		parts[i] = r.String()
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// AddSelector interns s in p.Selectors (by Text, which is canonical for
// selectors built with NewSelector) and returns its ID. It searches
// linearly: callers interning many selectors should keep their own index.
func (p *Program) AddSelector(s Selector) SelectorID {
	if s.Text == "" {
		s.Text = s.render()
	}
	for i := range p.Selectors {
		if p.Selectors[i].Text == s.Text && p.Selectors[i].None == s.None {
			return p.Selectors[i].ID
		}
	}
	s.ID = SelectorID(len(p.Selectors))
	p.Selectors = append(p.Selectors, s)
	return s.ID
}

// AddIdentity adds (or replaces) an identity with the given labels, written
// "source:key=value" ("=" added when missing); labels are sorted.
func (p *Program) AddIdentity(id Identity, labels ...string) {
	ls := make([]string, len(labels))
	for i, l := range labels {
		ls[i] = ParseLabel(l).String()
	}
	slices.Sort(ls)
	ls = slices.Compact(ls)
	if i, ok := p.identityIndex(id); ok {
		p.Identities[i].Labels = ls
		return
	}
	p.Identities = append(p.Identities, IdentityInfo{ID: id, Labels: ls})
	slices.SortFunc(p.Identities, func(a, b IdentityInfo) int { return cmp.Compare(a.ID, b.ID) })
}

func (p *Program) identityIndex(id Identity) (int, bool) {
	return slices.BinarySearchFunc(p.Identities, id, func(a IdentityInfo, id Identity) int { return cmp.Compare(a.ID, id) })
}

// IdentityLabels returns the labels of id, and whether id is in the table.
func (p *Program) IdentityLabels(id Identity) ([]string, bool) {
	if i, ok := p.identityIndex(id); ok {
		return p.Identities[i].Labels, true
	}
	return nil, false
}

// AddIPCache maps a prefix (or a host address) to an identity.
func (p *Program) AddIPCache(prefix netip.Prefix, id Identity) {
	p.IPCache = append(p.IPCache, IPCacheEntry{Prefix: prefix.Masked(), Identity: id})
}

// ResolveSelectors fills every selector's Matches from the identity table
// (through an IdentityIndex: the same result as testing every identity
// with Selects, without the selectors × identities work).
func (p *Program) ResolveSelectors() {
	x := NewIdentityIndex(p.Identities)
	for i := range p.Selectors {
		s := &p.Selectors[i]
		s.Matches = x.Select(s)
	}
}

// SortEntries sorts entries canonically: by protocol, port range, peer
// selector, verdict, proxy port, then ID.
func SortEntries(es []Entry) {
	slices.SortStableFunc(es, CompareEntries)
}

// CompareEntries is the canonical entry order used by SortEntries.
func CompareEntries(a, b Entry) int {
	return cmp.Or(
		cmp.Compare(a.Proto, b.Proto),
		cmp.Compare(a.PortLo, b.PortLo),
		cmp.Compare(a.PortHi, b.PortHi),
		cmp.Compare(a.Peer, b.Peer),
		cmp.Compare(a.Verdict, b.Verdict),
		cmp.Compare(a.ProxyPort, b.ProxyPort),
		cmp.Compare(a.ID, b.ID),
	)
}

// ComparePrefixes orders prefixes by family (IPv4 first), address, length.
func ComparePrefixes(a, b netip.Prefix) int {
	return cmp.Or(
		cmp.Compare(a.Addr().BitLen(), b.Addr().BitLen()),
		a.Addr().Compare(b.Addr()),
		cmp.Compare(a.Bits(), b.Bits()),
	)
}

// Normalize puts p in canonical order: identities by ID, endpoints by name
// (IPs sorted), IPCache by prefix (duplicates removed), policies by
// (subject, direction) with sorted entries, and selectors resolved. When
// renumber is true, entry IDs are reassigned 1..n in printed order.
func (p *Program) Normalize(renumber bool) {
	slices.SortFunc(p.Identities, func(a, b IdentityInfo) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(p.Endpoints, func(a, b Endpoint) int { return cmp.Compare(a.Name, b.Name) })
	for i := range p.Endpoints {
		slices.SortFunc(p.Endpoints[i].IPs, func(a, b netip.Addr) int { return a.Compare(b) })
	}
	slices.SortFunc(p.IPCache, func(a, b IPCacheEntry) int {
		return cmp.Or(ComparePrefixes(a.Prefix, b.Prefix), cmp.Compare(a.Identity, b.Identity))
	})
	p.IPCache = slices.CompactFunc(p.IPCache, func(a, b IPCacheEntry) bool { return a.Prefix == b.Prefix })
	slices.SortFunc(p.Policies, func(a, b Policy) int {
		return cmp.Or(cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Direction, b.Direction))
	})
	next := uint32(1)
	for i := range p.Policies {
		SortEntries(p.Policies[i].Entries)
		if renumber {
			for j := range p.Policies[i].Entries {
				p.Policies[i].Entries[j].ID = next
				next++
			}
		}
	}
	p.ResolveSelectors()
}
