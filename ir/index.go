package ir

import "slices"

// IdentityIndex answers "which identities does this selector select" for a
// fixed identity table without testing every identity: labels are parsed
// once and indexed by key, by (key, value) and by source. A selector's
// candidates are the identities listed under its most selective In or
// Exists requirement (a superset of its matches); each candidate is then
// checked with SelectsParsed, so the result is exactly what testing every
// identity with Selects gives. Selectors without such a requirement
// (wildcard, NotIn/DoesNotExist only) scan the whole table. The world
// family identities (9, 10) are always candidates: they can be selected
// through world's labels (Selects).
type IdentityIndex struct {
	ids         []Identity
	labels      [][]Label
	byKV        map[kv][]int32
	byKey       map[string][]int32
	bySrc       map[string][]int32
	worldFamily []int32
}

type kv struct{ key, value string }

// NewIdentityIndex indexes a table; Select returns identities in its order.
func NewIdentityIndex(table []IdentityInfo) *IdentityIndex {
	x := &IdentityIndex{
		ids: make([]Identity, len(table)), labels: make([][]Label, len(table)),
		byKV: map[kv][]int32{}, byKey: map[string][]int32{}, bySrc: map[string][]int32{},
	}
	for i, info := range table {
		x.ids[i] = info.ID
		ls := make([]Label, len(info.Labels))
		for j, l := range info.Labels {
			ls[j] = ParseLabel(l)
			x.byKV[kv{ls[j].Key, ls[j].Value}] = appendOnce(x.byKV[kv{ls[j].Key, ls[j].Value}], int32(i))
			x.byKey[ls[j].Key] = appendOnce(x.byKey[ls[j].Key], int32(i))
			x.bySrc[ls[j].Source] = appendOnce(x.bySrc[ls[j].Source], int32(i))
		}
		x.labels[i] = ls
		if IsWorldFamily(ls) {
			x.worldFamily = append(x.worldFamily, int32(i))
		}
	}
	return x
}

// appendOnce appends i unless it is already last (identities are indexed
// in order, so an identity with two labels of one key appears once).
func appendOnce(s []int32, i int32) []int32 {
	if n := len(s); n > 0 && s[n-1] == i {
		return s
	}
	return append(s, i)
}

// Select returns the identities of the table s selects, in table order.
func (x *IdentityIndex) Select(s *Selector) []Identity {
	if s.None {
		return nil
	}
	var out []Identity
	cands, all := x.candidates(s)
	if all {
		for i := range x.ids {
			if s.SelectsParsed(x.labels[i]) {
				out = append(out, x.ids[i])
			}
		}
		return out
	}
	for _, i := range unionSorted(cands, x.worldFamily) {
		if s.SelectsParsed(x.labels[i]) {
			out = append(out, x.ids[i])
		}
	}
	return out
}

// unionSorted merges two sorted index lists into a new sorted list without
// duplicates (a is returned as is when b is empty; neither is modified).
func unionSorted(a, b []int32) []int32 {
	if len(b) == 0 {
		return a
	}
	out := make([]int32, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// candidates returns the sorted table indices that can satisfy s's most
// selective positive requirement, or all = true when s has none.
func (x *IdentityIndex) candidates(s *Selector) (cands []int32, all bool) {
	best, bestN := -1, 0
	for i := range s.Requirements {
		if n, ok := x.reqCount(&s.Requirements[i]); ok && (best < 0 || n < bestN) {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return nil, true
	}
	r := &s.Requirements[best]
	source, key := SplitKey(r.Key)
	switch {
	case source == SourceCIDR:
		return x.bySrc[SourceCIDR], false
	case r.Op == OpExists:
		return x.byKey[key], false
	}
	if len(r.Values) == 1 {
		return x.byKV[kv{key, r.Values[0]}], false
	}
	for _, v := range r.Values {
		cands = append(cands, x.byKV[kv{key, v}]...)
	}
	slices.Sort(cands)
	return slices.Compact(cands), false
}

// reqCount bounds the number of identities that can satisfy r, and
// reports whether r narrows the table at all (In and Exists do: a
// satisfying identity has a label with r's key, or for cidr keys a label
// of source cidr).
func (x *IdentityIndex) reqCount(r *Requirement) (int, bool) {
	if r.Op != OpIn && r.Op != OpExists {
		return 0, false
	}
	source, key := SplitKey(r.Key)
	switch {
	case source == SourceCIDR:
		return len(x.bySrc[SourceCIDR]), true
	case r.Op == OpExists:
		return len(x.byKey[key]), true
	}
	n := 0
	for _, v := range r.Values {
		n += len(x.byKV[kv{key, v}])
	}
	return n, true
}
