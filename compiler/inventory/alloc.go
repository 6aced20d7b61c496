package inventory

import (
	"hash/fnv"
	"slices"
	"strings"

	"github.com/policyc/policyc/ir"
)

// Global identities are allocated in cluster 0's range 256..65535 (§5).
const (
	allocLo = ir.MinGlobalIdentity
	allocHi = ir.Identity(1<<16 - 1)
)

// labelKey is the canonical serialisation of a label set, as Cilium keys
// global identities: the sorted list joined by ';'.
func labelKey(labels []string) string { return strings.Join(labels, ";") }

// allocator hands out identities for label sets deterministically: the
// candidate is a hash of the label key into the global range; collisions
// probe linearly. Label sets are allocated in sorted key order so the result
// does not depend on input order.
type allocator struct {
	used    map[ir.Identity]bool
	byLabel map[string]ir.Identity
}

func newAllocator(given []Identity) *allocator {
	a := &allocator{used: map[ir.Identity]bool{}, byLabel: map[string]ir.Identity{}}
	for _, id := range given {
		a.used[id.ID] = true
		k := labelKey(id.Labels)
		if prev, ok := a.byLabel[k]; !ok || id.ID < prev {
			a.byLabel[k] = id.ID
		}
	}
	return a
}

// allocate returns the identities for the given label sets, reusing a given
// identity with the same label set.
func (a *allocator) allocate(sets [][]string) map[string]ir.Identity {
	keys := make([]string, 0, len(sets))
	for _, s := range sets {
		keys = append(keys, labelKey(s))
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	out := make(map[string]ir.Identity, len(keys))
	for _, k := range keys {
		if id, ok := a.byLabel[k]; ok {
			out[k] = id
			continue
		}
		id := a.probe(k)
		a.used[id] = true
		a.byLabel[k] = id
		out[k] = id
	}
	return out
}

func (a *allocator) probe(key string) ir.Identity {
	h := fnv.New64a()
	h.Write([]byte(key))
	span := uint64(allocHi - allocLo + 1)
	start := h.Sum64() % span
	for i := uint64(0); i < span; i++ {
		id := allocLo + ir.Identity((start+i)%span)
		if !a.used[id] && !isReservedRange(id) {
			return id
		}
	}
	return 0 // range exhausted: caller reports it
}
