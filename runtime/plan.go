package runtime

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/policyc/policyc/ir"
)

// Rank orders entries by the reference evaluator's precedence
// (ir.DecideDirection): denies first (lowest ID), then redirects (highest
// ProxyPriority, lowest proxy port, lowest ID), then allows (lowest ID). The
// first entry in this order whose peer selector holds the peer decides.
func Rank(a, b *ir.Entry) int {
	class := func(e *ir.Entry) int {
		switch e.Verdict {
		case ir.Deny:
			return 0
		case ir.Redirect:
			return 1
		}
		return 2
	}
	if c := cmp.Compare(class(a), class(b)); c != 0 {
		return c
	}
	if a.Verdict == ir.Redirect {
		if c := cmp.Or(-cmp.Compare(a.ProxyPriority, b.ProxyPriority), cmp.Compare(a.ProxyPort, b.ProxyPort)); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.ID, b.ID)
}

// Wide reports whether an entry matches every port of its protocol
// (ProtoAny, or the full port range): such entries are candidates of every
// class of their protocol, and the only candidates of non-first fragments.
func Wide(e *ir.Entry) bool {
	return e.Proto == ir.ProtoAny || (e.PortLo == 0 && e.PortHi == 65535)
}

// Interval is a run of ports of one protocol whose candidate entries are
// the same; Class indexes Plan.Classes.
type Interval struct {
	Lo, Hi uint16
	Class  int
}

// Class is one distinct candidate list. A wide class (Wide) holds the wide
// entries of a protocol (ProtoAny ones, plus Proto's full-range ones; Other
// has Proto ir.ProtoAny) in Spec. Any other class holds the port-specific
// candidates of one interval of Proto in Spec; its full candidate list is
// Spec merged with the wide class of Proto (Plan.Candidates). Wide entries
// are candidates of every class of their protocol, so storing them once
// keeps plans of big policies small.
type Class struct {
	Spec  []*ir.Entry // Rank order
	Proto uint8
	Wide  bool
}

// Plan is the decision structure of one (subject, direction) program. Both
// strategies use it: the tree strategy emits Trees as compare trees and
// each class's candidates as a run of membership-bit tests; the hash
// strategy writes Trees into the port index maps and each class's results
// into policyc_dec.
type Plan struct {
	Classes []Class
	// Protos are the protocols with entries, sorted; Trees maps each to its
	// intervals (sorted, covering 0..65535).
	Protos []uint8
	Trees  map[uint8][]Interval
	// FragProtos are the protocols with full-range entries, sorted; Frag
	// maps each to its fragment class (ProtoAny and full-range entries).
	FragProtos []uint8
	Frag       map[uint8]int
	// Other is the class of every other protocol: ProtoAny entries only.
	Other int
	// Pos is each entry's position in Rank order (by entry ID).
	Pos map[uint32]int
}

// PolicyEntries returns the entries of pol that can match: their selector
// exists and is not None. Plans are built from these.
func PolicyEntries(p *ir.Program, pol *ir.Policy) []*ir.Entry {
	var out []*ir.Entry
	for i := range pol.Entries {
		e := &pol.Entries[i]
		if int(e.Peer) >= len(p.Selectors) || p.Selectors[e.Peer].None {
			continue
		}
		out = append(out, e)
	}
	return out
}

// planner numbers classes in order of first use.
type planner struct {
	pl    *Plan
	index map[string]int
}

func (b *planner) class(c Class) int {
	slices.SortFunc(c.Spec, Rank)
	key := entryKey(c.Spec)
	if !c.Wide {
		key = fmt.Sprintf("p%d:%s", c.Proto, key)
	}
	if k, ok := b.index[key]; ok {
		return k
	}
	b.index[key] = len(b.pl.Classes)
	b.pl.Classes = append(b.pl.Classes, c)
	return len(b.pl.Classes) - 1
}

// PlanOf computes the decision plan of entries. It is deterministic: the
// order of entries does not matter.
func PlanOf(entries []*ir.Entry) *Plan {
	pl := &Plan{Trees: map[uint8][]Interval{}, Frag: map[uint8]int{}, Pos: map[uint32]int{}}
	b := &planner{pl: pl, index: map[string]int{}}
	sorted := slices.Clone(entries)
	slices.SortFunc(sorted, Rank)
	for i, e := range sorted {
		pl.Pos[e.ID] = i
	}
	var any []*ir.Entry
	byProto := map[uint8][]*ir.Entry{}
	for _, e := range entries {
		if e.Proto == ir.ProtoAny {
			any = append(any, e)
		} else {
			byProto[e.Proto] = append(byProto[e.Proto], e)
		}
	}
	pl.Other = b.class(Class{Spec: slices.Clone(any), Proto: ir.ProtoAny, Wide: true})
	for p := range byProto {
		pl.Protos = append(pl.Protos, p)
	}
	slices.Sort(pl.Protos)
	for _, p := range pl.Protos {
		var full, spec []*ir.Entry
		for _, e := range byProto[p] {
			if Wide(e) {
				full = append(full, e)
			} else {
				spec = append(spec, e)
			}
		}
		wideClass := -1
		wide := func() int { // numbered at first use, as the intervals need it
			switch {
			case len(full) == 0:
				return pl.Other
			case wideClass < 0:
				wideClass = b.class(Class{Spec: append(slices.Clone(any), full...), Proto: p, Wide: true})
			}
			return wideClass
		}
		pl.Trees[p] = intervals(p, spec, wide, b)
		if len(full) > 0 {
			pl.FragProtos = append(pl.FragProtos, p)
			pl.Frag[p] = wide()
		}
	}
	return pl
}

// WideClass is the class of protocol p's wide entries (ProtoAny and
// full-range entries of p): its fragment class, or Other when p has no
// full-range entries.
func (pl *Plan) WideClass(p uint8) int {
	if k, ok := pl.Frag[p]; ok {
		return k
	}
	return pl.Other
}

// Base is the wide class that completes class k's candidates, or -1 when k
// is itself a wide class.
func (pl *Plan) Base(k int) int {
	if pl.Classes[k].Wide {
		return -1
	}
	return pl.WideClass(pl.Classes[k].Proto)
}

// Candidates returns class k's full candidate list in Rank order (a new
// slice for port-specific classes).
func (pl *Plan) Candidates(k int) []*ir.Entry {
	c := pl.Classes[k]
	base := pl.Base(k)
	if base < 0 {
		return c.Spec
	}
	w := pl.Classes[base].Spec
	out := make([]*ir.Entry, 0, len(c.Spec)+len(w))
	i, j := 0, 0
	for i < len(c.Spec) || j < len(w) {
		if j == len(w) || (i < len(c.Spec) && pl.Pos[c.Spec[i].ID] < pl.Pos[w[j].ID]) {
			out = append(out, c.Spec[i])
			i++
			continue
		}
		out = append(out, w[j])
		j++
	}
	return out
}

// TreeCost is the number of membership-bit tests the tree strategy emits
// (the sum of the class sizes), and the largest class: the tree's code
// size and its worst per-packet scan.
func (pl *Plan) TreeCost() (tests, largest int) {
	for k, c := range pl.Classes {
		n := len(c.Spec)
		if base := pl.Base(k); base >= 0 {
			n += len(pl.Classes[base].Spec)
		}
		tests += n
		largest = max(largest, n)
	}
	return tests, largest
}

func entryKey(es []*ir.Entry) string {
	var sb strings.Builder
	for _, e := range es {
		fmt.Fprintf(&sb, "%d,", e.ID)
	}
	return sb.String()
}

// intervals splits 0..65535 at every boundary of the port-specific entries
// spec of protocol p and merges neighbours with equal candidate lists; an
// interval without specific candidates has p's wide class. It sweeps the
// boundaries once, so its cost grows with the number of entries active at
// each port, not with their total.
func intervals(p uint8, spec []*ir.Entry, wide func() int, b *planner) []Interval {
	starts := map[int][]*ir.Entry{}
	ends := map[int][]*ir.Entry{}
	cuts := []int{0, 65536}
	for _, e := range spec {
		starts[int(e.PortLo)] = append(starts[int(e.PortLo)], e)
		ends[int(e.PortHi)+1] = append(ends[int(e.PortHi)+1], e)
		cuts = append(cuts, int(e.PortLo), int(e.PortHi)+1)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	active := map[*ir.Entry]bool{}
	var out []Interval
	for i := 0; i+1 < len(cuts); i++ {
		for _, e := range ends[cuts[i]] {
			delete(active, e)
		}
		for _, e := range starts[cuts[i]] {
			active[e] = true
		}
		var c int
		if len(active) == 0 {
			c = wide()
		} else {
			cands := make([]*ir.Entry, 0, len(active))
			for e := range active {
				cands = append(cands, e)
			}
			c = b.class(Class{Spec: cands, Proto: p}) // sorts cands: map order does not leak
		}
		if n := len(out); n > 0 && out[n-1].Class == c {
			out[n-1].Hi = uint16(cuts[i+1] - 1)
			continue
		}
		out = append(out, Interval{uint16(cuts[i]), uint16(cuts[i+1] - 1), c})
	}
	return out
}
