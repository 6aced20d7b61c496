package runtime

import (
	"errors"
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

// Subjects returns the identities that get programs: every policy subject
// and every endpoint identity, sorted. Codegen builds an object for each;
// the loader treats conntrack entries of any other subject as stale.
func Subjects(p *ir.Program) []ir.Identity {
	var ids []ir.Identity
	for i := range p.Policies {
		ids = append(ids, p.Policies[i].Subject)
	}
	for _, ep := range p.Endpoints {
		ids = append(ids, ep.Identity)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// IPCacheEntries returns the ipcache entries of p: host-length prefixes go
// to the exact-match hashes, shorter prefixes to the tries. Each value
// carries the identity's membership value as MembershipEntries writes it
// (in hash layouts with the group of GroupsOf(p, l)). Order follows
// p.IPCache (already sorted).
func IPCacheEntries(p *ir.Program, l Layout) []Entry {
	ib := identityBitsOf(p, l)
	return ipcacheEntries(p, valuesOf(membershipEntries(l, ib, groupsOfBits(ib.bits))))
}

// ipcacheEntries returns p's ipcache entries with the membership values of
// vals (identity -> MapMembership value), which holds every identity the
// ipcache refers to (membershipIDs).
func ipcacheEntries(p *ir.Program, vals map[ir.Identity]Membership) []Entry {
	out := make([]Entry, 0, len(p.IPCache))
	for _, e := range p.IPCache {
		out = append(out, IPCacheEntryOf(e.Prefix, e.Identity, vals[e.Identity]))
	}
	return out
}

// valuesOf maps the identities of membership entries to their values.
func valuesOf(members []Entry) map[ir.Identity]Membership {
	vals := make(map[ir.Identity]Membership, len(members))
	for _, e := range members {
		vals[ir.Identity(e.Key.(IdentityKey).Identity)] = e.Value.(Membership)
	}
	return vals
}

// IPCacheEntryOf returns the ipcache entry of prefix pfx for identity id
// whose membership value is m (the value of its MapMembership entry, e.g.
// the last entry IdentityEntries returns).
func IPCacheEntryOf(pfx netip.Prefix, id ir.Identity, m Membership) Entry {
	pfx = pfx.Masked()
	v := NewIPCacheValue(uint32(id), m)
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
	parsed := make([]ir.Label, len(labels))
	for i, lb := range labels {
		parsed[i] = ir.ParseLabel(lb)
	}
	m := make(Membership, l.MembershipWords)
	for i := range p.Selectors {
		if s := &p.Selectors[i]; !s.None && s.SelectsParsed(parsed) {
			m[i/32] |= 1 << (i % 32)
		}
	}
	return m
}

// membershipIDs are the identities MembershipEntries writes: every
// identity of p's table, every identity the ipcache refers to and the world
// identities, sorted.
func membershipIDs(p *ir.Program, l Layout) []ir.Identity {
	ids := make([]ir.Identity, 0, len(p.Identities)+len(p.IPCache)+3)
	for _, info := range p.Identities {
		ids = append(ids, info.ID)
	}
	for _, e := range p.IPCache {
		ids = append(ids, e.Identity)
	}
	ids = append(ids, l.WorldIPv4, l.WorldV6)
	slices.Sort(ids)
	return slices.Compact(ids)
}

// MembershipEntries returns the membership map entries of every identity of
// p and of every identity the ipcache refers to, sorted by identity. An
// identity missing from the map matches no selector (not even the wildcard):
// programs fail closed on it. In hash layouts each value ends with the
// identity's group id from GroupsOf(p, l).
func MembershipEntries(p *ir.Program, l Layout) []Entry {
	ib := identityBitsOf(p, l)
	return membershipEntries(l, ib, groupsOfBits(ib.bits))
}

// identityBits are the identities MembershipEntries writes and their
// bitsets.
type identityBits struct {
	ids  []ir.Identity
	bits []Membership
}

func identityBitsOf(p *ir.Program, l Layout) identityBits {
	ib := identityBits{ids: membershipIDs(p, l)}
	for _, id := range ib.ids {
		ib.bits = append(ib.bits, MembershipOf(p, l, id))
	}
	return ib
}

func membershipEntries(l Layout, ib identityBits, g *Groups) []Entry {
	out := make([]Entry, 0, len(ib.ids))
	for i, id := range ib.ids {
		out = append(out, Entry{MapMembership, IdentityKey{uint32(id)}, membershipValue(l, g, ib.bits[i])})
	}
	return out
}

// membershipValue is the map value of bitset m: m itself, plus its group
// word in hash layouts (allocated in g when new).
func membershipValue(l Layout, g *Groups, m Membership) Membership {
	if !l.Hash() {
		return m
	}
	id, _ := g.Add(m)
	return append(slices.Clone(m), id)
}

// DecisionEntries returns the decision map rows of p's hash-strategy
// programs for the groups of GroupsOf(p, l), sorted by key. Only decisions
// by an entry are rows; a port-specific class stores a group's decision
// only when it beats the protocol's wide class (the program looks the wide
// class up second).
func DecisionEntries(p *ir.Program, l Layout) []Entry {
	if !l.Hash() {
		return nil
	}
	g := GroupsOf(p, l)
	return decisionEntries(p, hashTables(p, l.Strategy), g, g.used())
}

// decisionEntries returns the rows of the groups ids of allocation g.
func decisionEntries(p *ir.Program, tables []hashTable, g *Groups, ids []uint32) []Entry {
	if len(tables) == 0 {
		return nil
	}
	bits := make([]Membership, len(ids))
	for i, id := range ids {
		bits[i] = g.Bits(id)
	}
	ds := decisions(p, tables, ids, bits)
	out := make([]Entry, len(ds))
	for i, d := range ds {
		out[i] = Entry{MapDecisions, d.key, d.val}
	}
	return out
}

// PortIndexEntries returns the port index of p's hash-strategy programs:
// every key of the first level (MapPortBlock) and of the second
// (MapPortPage), in key order.
func PortIndexEntries(p *ir.Program, l Layout) []Entry {
	if !l.Hash() {
		return nil
	}
	return portIndexEntries(hashTables(p, l.Strategy))
}

func portIndexEntries(tables []hashTable) []Entry {
	blocks, pages := portIndex(tables)
	out := make([]Entry, 0, len(blocks)+len(pages))
	for i, b := range blocks {
		out = append(out, Entry{MapPortBlock, uint32(i), b})
	}
	for i, c := range pages {
		out = append(out, Entry{MapPortPage, uint32(i), c})
	}
	return out
}

// MapEntries returns every map entry of p in the order a loader must write
// them into empty maps: port index and decisions, then membership, then
// the ipcache, whose values carry the membership values (so no packet
// finds an identity whose membership, or a group whose decisions, are not
// written yet).
func MapEntries(p *ir.Program, l Layout) []Entry {
	ib := identityBitsOf(p, l)
	return mapEntries(p, l, ib, groupsOfBits(ib.bits))
}

// MapEntriesWith is MapEntries under the group allocation g, which it
// updates: a bitset g knows keeps its id; an identity whose bitset g lacks
// is admitted exactly as by IdentityEntries (the next free id, in identity
// order, and that group's decision rows). Only the groups p's identities
// use get rows. The loader fills a node's maps with it, g being the bundle
// Program's allocation (GroupsOf) or the one read back from the live
// membership map, so that a group id never changes meaning while
// identities use it.
func MapEntriesWith(p *ir.Program, l Layout, g *Groups) []Entry {
	return mapEntries(p, l, identityBitsOf(p, l), g)
}

func mapEntries(p *ir.Program, l Layout, ib identityBits, g *Groups) []Entry {
	if !l.Hash() {
		members := membershipEntries(l, ib, g)
		return append(members, ipcacheEntries(p, valuesOf(members))...)
	}
	// Identities whose bitset g lacks are admitted one by one, as
	// IdentityEntries does; the groups g knows get their rows in bulk.
	tables := hashTables(p, l.Strategy)
	var known []uint32
	var admitted, members []Entry
	for i, id := range ib.ids {
		if gid, ok := g.Lookup(ib.bits[i]); ok {
			known = append(known, gid)
			members = append(members, Entry{MapMembership, IdentityKey{uint32(id)}, membershipValue(l, g, ib.bits[i])})
			continue
		}
		es := admit(l, tables, g, id, ib.bits[i])
		admitted = append(admitted, es[:len(es)-1]...)
		members = append(members, es[len(es)-1])
	}
	slices.Sort(known)
	out := portIndexEntries(tables)
	out = append(out, decisionEntries(p, tables, g, slices.Compact(known))...)
	out = append(out, admitted...)
	out = append(out, members...)
	return append(out, ipcacheEntries(p, valuesOf(members))...)
}

// IdentityEntries returns every map entry a new identity id with the given
// labels needs, in write order: when its bitset is new to groups (which is
// updated: the bitset gets the next free group id), the new group's
// decision rows; then its membership value. groups must describe what the
// maps already hold: GroupsOf(p, l) for maps filled by Populate, or the
// group words read back from the membership map (Groups.Observe). The
// caller writes the identity's ipcache entries after these, with the
// membership value of the last entry (IPCacheEntryOf). Each call
// plans the Program's hash-strategy programs; MapEntriesWith admits many
// identities at once.
func IdentityEntries(p *ir.Program, l Layout, groups *Groups, id ir.Identity, labels []string) []Entry {
	var tables []hashTable
	if l.Hash() {
		tables = hashTables(p, l.Strategy)
	}
	return admit(l, tables, groups, id, MembershipForLabels(p, l, labels))
}

// admit returns the entries of identity id with bitset m: its new group's
// decision rows, when m is new to groups, then its membership (last).
func admit(l Layout, tables []hashTable, groups *Groups, id ir.Identity, m Membership) []Entry {
	var out []Entry
	if l.Hash() {
		gid, added := groups.Add(m)
		if added {
			for _, t := range tables {
				for _, d := range groupDecisions(t, gid, m) {
					out = append(out, Entry{MapDecisions, d.key, d.val})
				}
			}
		}
		m = append(slices.Clone(m), gid)
	}
	return append(out, Entry{MapMembership, IdentityKey{uint32(id)}, m})
}

// Populate writes every map entry of p (MapEntries) into maps (keyed by
// map name). Missing maps for entries are an error.
func Populate(p *ir.Program, l Layout, maps map[string]*ebpf.Map) error {
	entries := MapEntries(p, l)
	for i := 0; i < len(entries); {
		j := i
		for j < len(entries) && entries[j].Map == entries[i].Map {
			j++
		}
		if err := write(maps, entries[i:j]); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// write puts a run of entries of one map, in batches where the map and
// the key and value types allow.
func write(maps map[string]*ebpf.Map, run []Entry) error {
	name := run[0].Map
	m := maps[name]
	if m == nil {
		return fmt.Errorf("populate: map %s missing", name)
	}
	if ok, err := writeBatch(m, run); ok || err != nil {
		if err != nil {
			return fmt.Errorf("populate %s: %w", name, err)
		}
		return nil
	}
	for _, e := range run {
		if err := m.Put(e.Key, e.Value); err != nil {
			return fmt.Errorf("populate %s: %w", name, err)
		}
	}
	return nil
}

// batchSize bounds one BPF_MAP_UPDATE_BATCH call.
const batchSize = 4096

// writeBatch writes decision and port index runs with batch updates. It
// returns false (and writes nothing) for other maps, or when the kernel
// has no batch updates for the map.
func writeBatch(m *ebpf.Map, run []Entry) (bool, error) {
	var n int
	var err error
	switch run[0].Map {
	case MapDecisions:
		n, err = chunked[DecisionKey, DecisionValue](m, run)
	case MapPortBlock:
		n, err = chunked[uint32, PortBlock](m, run)
	case MapPortPage:
		n, err = chunked[uint32, uint32](m, run)
	default:
		return false, nil
	}
	if errors.Is(err, ebpf.ErrNotSupported) && n == 0 {
		return false, nil
	}
	return true, err
}

// chunked writes a run of entries with keys K and values V in batches of
// batchSize, and returns how many were written.
func chunked[K, V any](m *ebpf.Map, run []Entry) (int, error) {
	keys, vals := make([]K, len(run)), make([]V, len(run))
	for i, e := range run {
		keys[i], vals[i] = e.Key.(K), e.Value.(V)
	}
	done := 0
	for i := 0; i < len(keys); i += batchSize {
		j := min(i+batchSize, len(keys))
		n, err := m.BatchUpdate(keys[i:j], vals[i:j], nil)
		done += n
		if err != nil {
			return done, err
		}
	}
	return done, nil
}
