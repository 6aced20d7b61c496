package codegen

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/policyc/policyc/ir"
)

// rank orders entries by the reference evaluator's precedence
// (ir.DecideDirection): denies first (lowest ID), then redirects (highest
// ProxyPriority, lowest proxy port, lowest ID), then allows (lowest ID). The
// first entry in this order whose peer selector holds the peer decides.
func rank(a, b *ir.Entry) int {
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

// interval is a run of ports of one protocol whose candidate entries are the
// same; class indexes the distinct candidate lists.
type interval struct {
	lo, hi uint16
	class  int
}

// plan is the decision structure of one program.
type plan struct {
	// classes are the distinct candidate lists (entries in precedence order).
	classes [][]*ir.Entry
	// trees maps each protocol with port-specific entries to its intervals
	// (sorted, covering 0..65535).
	protos []uint8
	trees  map[uint8][]interval
	// frag maps protocols with full-range entries to their fragment class.
	fragProtos []uint8
	frag       map[uint8]int
	other      int // class of every other protocol: ProtoAny entries only
}

func newPlan(entries []*ir.Entry) *plan {
	pl := &plan{trees: map[uint8][]interval{}, frag: map[uint8]int{}}
	index := map[string]int{}
	classOf := func(es []*ir.Entry) int {
		slices.SortFunc(es, rank)
		key := entryKey(es)
		if k, ok := index[key]; ok {
			return k
		}
		index[key] = len(pl.classes)
		pl.classes = append(pl.classes, es)
		return len(pl.classes) - 1
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
	pl.other = classOf(slices.Clone(any))
	for p := range byProto {
		pl.protos = append(pl.protos, p)
	}
	slices.Sort(pl.protos)
	for _, p := range pl.protos {
		es := byProto[p]
		pl.trees[p] = intervals(es, any, classOf)
		var full []*ir.Entry
		for _, e := range es {
			if e.PortLo == 0 && e.PortHi == 65535 {
				full = append(full, e)
			}
		}
		if len(full) > 0 {
			pl.fragProtos = append(pl.fragProtos, p)
			pl.frag[p] = classOf(append(slices.Clone(any), full...))
		}
	}
	return pl
}

func entryKey(es []*ir.Entry) string {
	var sb strings.Builder
	for _, e := range es {
		fmt.Fprintf(&sb, "%d,", e.ID)
	}
	return sb.String()
}

// intervals splits 0..65535 at every entry boundary and merges neighbours
// with equal candidate lists. It sweeps the boundaries once, so its cost
// grows with the number of entries active at each port, not with their total.
func intervals(es, any []*ir.Entry, classOf func([]*ir.Entry) int) []interval {
	starts := map[int][]*ir.Entry{}
	ends := map[int][]*ir.Entry{}
	cuts := []int{0, 65536}
	for _, e := range es {
		starts[int(e.PortLo)] = append(starts[int(e.PortLo)], e)
		ends[int(e.PortHi)+1] = append(ends[int(e.PortHi)+1], e)
		cuts = append(cuts, int(e.PortLo), int(e.PortHi)+1)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	active := map[*ir.Entry]bool{}
	var out []interval
	for i := 0; i+1 < len(cuts); i++ {
		for _, e := range ends[cuts[i]] {
			delete(active, e)
		}
		for _, e := range starts[cuts[i]] {
			active[e] = true
		}
		cands := slices.Clone(any)
		for e := range active {
			cands = append(cands, e)
		}
		c := classOf(cands) // sorts cands: map order does not leak
		if n := len(out); n > 0 && out[n-1].class == c {
			out[n-1].hi = uint16(cuts[i+1] - 1)
			continue
		}
		out = append(out, interval{uint16(cuts[i]), uint16(cuts[i+1] - 1), c})
	}
	return out
}
