package runtime

import (
	"fmt"
	"net/netip"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/ir"
)

// Entry is one map entry computed from a Program: the map it belongs in and
// its key and value (one of the key/value types of this package).
type Entry struct {
	Map   string
	Key   any
	Value any
}

// IPCacheEntries returns the ipcache entries of p: host-length prefixes go
// to the exact-match hashes, shorter prefixes to the tries. Order follows
// p.IPCache (already sorted).
func IPCacheEntries(p *ir.Program) []Entry {
	out := make([]Entry, 0, len(p.IPCache))
	for _, e := range p.IPCache {
		out = append(out, ipcacheEntry(e.Prefix.Masked(), e.Identity))
	}
	return out
}

func ipcacheEntry(pfx netip.Prefix, id ir.Identity) Entry {
	v := IPCacheValue{Identity: uint32(id)}
	a := pfx.Addr()
	host := pfx.Bits() == a.BitLen()
	switch {
	case a.Is4() && host:
		return Entry{MapIPCache4, IPv4Key{a.As4()}, v}
	case a.Is4():
		return Entry{MapPrefix4, LPMKey4{uint32(pfx.Bits()), a.As4()}, v}
	case host:
		return Entry{MapIPCache6, IPv6Key{a.As16()}, v}
	default:
		return Entry{MapPrefix6, LPMKey6{uint32(pfx.Bits()), a.As16()}, v}
	}
}

// MembershipOf returns the membership bitset of identity id exactly as the
// reference evaluator judges it: by the identity's labels when it is in the
// identity table, else by the wildcard flag and the resolved Matches list.
func MembershipOf(p *ir.Program, l Layout, id ir.Identity) Membership {
	if labels, ok := p.IdentityLabels(id); ok {
		return MembershipForLabels(p, l, labels)
	}
	m := make(Membership, l.MembershipWords)
	for i := range p.Selectors {
		s := &p.Selectors[i]
		if s.IsWildcard() || (!s.None && slices.Contains(s.Matches, id)) {
			m[i/32] |= 1 << (i % 32)
		}
	}
	return m
}

// MembershipForLabels returns the membership bitset of a (possibly new)
// identity with the given labels, by evaluating each selector's
// requirements. The loader uses it to admit new identities with map updates
// alone.
func MembershipForLabels(p *ir.Program, l Layout, labels []string) Membership {
	m := make(Membership, l.MembershipWords)
	for i := range p.Selectors {
		if s := &p.Selectors[i]; !s.None && s.Selects(labels) {
			m[i/32] |= 1 << (i % 32)
		}
	}
	return m
}

// MembershipEntries returns the membership map entries of every identity of
// p and of every identity the ipcache refers to, sorted by identity. An
// identity missing from the map matches no selector (not even the wildcard):
// programs fail closed on it.
func MembershipEntries(p *ir.Program, l Layout) []Entry {
	ids := make([]ir.Identity, 0, len(p.Identities)+len(p.IPCache)+3)
	for _, info := range p.Identities {
		ids = append(ids, info.ID)
	}
	for _, e := range p.IPCache {
		ids = append(ids, e.Identity)
	}
	ids = append(ids, l.WorldIPv4, l.WorldV6)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := make([]Entry, 0, len(ids))
	for _, id := range ids {
		out = append(out, Entry{MapMembership, IdentityKey{uint32(id)}, MembershipOf(p, l, id)})
	}
	return out
}

// Populate writes the ipcache and membership entries of p into maps (keyed
// by map name). Missing maps for entries are an error.
func Populate(p *ir.Program, l Layout, maps map[string]*ebpf.Map) error {
	entries := append(IPCacheEntries(p), MembershipEntries(p, l)...)
	for _, e := range entries {
		m := maps[e.Map]
		if m == nil {
			return fmt.Errorf("populate: map %s missing", e.Map)
		}
		if err := m.Put(e.Key, e.Value); err != nil {
			return fmt.Errorf("populate %s: %w", e.Map, err)
		}
	}
	return nil
}
