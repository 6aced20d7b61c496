package runtime

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/policyc/policyc/ir"
)

// Groups allocates group ids to membership bitsets: identities with equal
// bitsets decide alike in every class, so hash-strategy programs key
// decisions by group, not identity. A Groups value is owned by its caller
// (the loader keeps one per applied generation); the group ids of a
// Program (GroupsOf) are its distinct bitsets in sorted order, and bitsets
// seen later get the next free ids, so an id never changes meaning while
// it is in use.
type Groups struct {
	ids  map[string]uint32
	bits []Membership // by id; nil where an id was observed without its bits
	next uint32
}

// NewGroups returns an empty allocation.
func NewGroups() *Groups { return &Groups{ids: map[string]uint32{}} }

func groupKey(m Membership) string {
	b := make([]byte, 0, 4*len(m))
	for _, w := range m {
		b = binary.LittleEndian.AppendUint32(b, w)
	}
	return string(b)
}

// Lookup returns the group id of a bitset, if allocated.
func (g *Groups) Lookup(m Membership) (uint32, bool) {
	id, ok := g.ids[groupKey(m)]
	return id, ok
}

// Add returns the group id of a bitset, allocating the next free id when
// the bitset is new (added reports that).
func (g *Groups) Add(m Membership) (id uint32, added bool) {
	if id, ok := g.Lookup(m); ok {
		return id, false
	}
	id = g.next
	g.Observe(m, id)
	return id, true
}

// Observe records an existing allocation (read back from a membership
// map): bitset m has group id. The next new bitset gets an id above every
// observed one. It fails when m already has another id.
func (g *Groups) Observe(m Membership, id uint32) error {
	k := groupKey(m)
	if old, ok := g.ids[k]; ok && old != id {
		return fmt.Errorf("groups: bitset has ids %d and %d", old, id)
	}
	g.ids[k] = id
	for uint32(len(g.bits)) <= id {
		g.bits = append(g.bits, nil)
	}
	g.bits[id] = slices.Clone(m)
	g.next = max(g.next, id+1)
	return nil
}

// Len is the number of ids in use or reserved (the next new id).
func (g *Groups) Len() uint32 { return g.next }

// Bits returns the bitset of group id (nil when unknown).
func (g *Groups) Bits(id uint32) Membership {
	if id < uint32(len(g.bits)) {
		return g.bits[id]
	}
	return nil
}

// used returns every id that has its bitset, in order.
func (g *Groups) used() []uint32 {
	var ids []uint32
	for id, m := range g.bits {
		if m != nil {
			ids = append(ids, uint32(id))
		}
	}
	return ids
}

// GroupsOf returns the group allocation of p: the distinct membership
// bitsets of the identities MembershipEntries writes, sorted (word by
// word), numbered from 0.
func GroupsOf(p *ir.Program, l Layout) *Groups {
	return groupsOfBits(identityBitsOf(p, l).bits)
}

func groupsOfBits(bits []Membership) *Groups {
	all := slices.Clone(bits)
	slices.SortFunc(all, slices.Compare)
	all = slices.CompactFunc(all, slices.Equal)
	g := NewGroups()
	for _, m := range all {
		g.Add(m)
	}
	return g
}
