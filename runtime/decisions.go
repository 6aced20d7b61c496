package runtime

import (
	"cmp"
	"slices"

	"github.com/policyc/policyc/ir"
)

// decision is one policyc_dec row.
type decision struct {
	key DecisionKey
	val DecisionValue
}

func decisionOf(e *ir.Entry) DecisionValue {
	v := DecisionValue{Entry: e.ID, Verdict: uint8(e.Verdict)}
	if e.Verdict == ir.Redirect {
		v.ProxyPort = Htons(e.ProxyPort)
	}
	return v
}

func has(m Membership, sel ir.SelectorID) bool {
	w := int(sel) / 32
	return w < len(m) && m[w]&(1<<(uint(sel)%32)) != 0
}

// first returns the first entry of es (Rank order) whose selector bit is
// in m, or nil.
func first(es []*ir.Entry, m Membership) *ir.Entry {
	for _, e := range es {
		if has(m, e.Peer) {
			return e
		}
	}
	return nil
}

// stored decides whether class k stores the decision e for a group whose
// wide-class decision is w: a wide class stores every decision; a
// port-specific class only one that beats its wide class (otherwise the
// program's second lookup, of the wide class, finds the same entry).
func (pl *Plan) stored(k int, e, w *ir.Entry) bool {
	if e == nil {
		return false
	}
	return pl.Classes[k].Wide || w == nil || pl.Pos[e.ID] < pl.Pos[w.ID]
}

// groupDecisions returns the rows of one group in table t: for each class,
// the first candidate whose selector holds the group, when stored. It is
// the reference the bulk computation (tableDecisions) is tested against,
// and what a new identity's group needs.
func groupDecisions(t hashTable, group uint32, m Membership) []decision {
	pl := t.plan
	wide := map[int]*ir.Entry{}
	for k, c := range pl.Classes {
		if c.Wide {
			wide[k] = first(c.Spec, m)
		}
	}
	var out []decision
	for k, c := range pl.Classes {
		var e, w *ir.Entry
		if c.Wide {
			e = wide[k]
		} else {
			e, w = first(c.Spec, m), wide[pl.WideClass(c.Proto)]
		}
		if pl.stored(k, e, w) {
			out = append(out, decision{DecisionKey{t.id, group, uint32(k)}, decisionOf(e)})
		}
	}
	return out
}

// selectorGroups lists, per selector, the groups whose bitset holds it.
func selectorGroups(groups []Membership, nsel int) [][]uint32 {
	out := make([][]uint32, nsel)
	for g, m := range groups {
		for s := 0; s < nsel; s++ {
			if has(m, ir.SelectorID(s)) {
				out[s] = append(out[s], uint32(g))
			}
		}
	}
	return out
}

// tableDecisions returns every row of table t for groups (indexed by
// group id), selector by selector: each candidate claims the groups of its
// selector that no earlier candidate of the class claimed. Its cost is the
// sum over classes of the candidates' group counts, not groups × classes.
func tableDecisions(t hashTable, groups []Membership, bySel [][]uint32, emit func(decision)) {
	pl := t.plan
	stamp := make([]int, len(groups))
	for g := range stamp {
		stamp[g] = -1
	}
	claim := func(k int, es []*ir.Entry, f func(g uint32, e *ir.Entry)) {
		for _, e := range es {
			if int(e.Peer) >= len(bySel) {
				continue
			}
			for _, g := range bySel[e.Peer] {
				if stamp[g] != k {
					stamp[g] = k
					f(g, e)
				}
			}
		}
	}
	wide := map[int][]*ir.Entry{}
	for k, c := range pl.Classes {
		if !c.Wide {
			continue
		}
		res := make([]*ir.Entry, len(groups))
		claim(k, c.Spec, func(g uint32, e *ir.Entry) { res[g] = e })
		wide[k] = res
	}
	for k, c := range pl.Classes {
		if c.Wide {
			for g, e := range wide[k] {
				if e != nil {
					emit(decision{DecisionKey{t.id, uint32(g), uint32(k)}, decisionOf(e)})
				}
			}
			continue
		}
		w := wide[pl.WideClass(c.Proto)]
		claim(k, c.Spec, func(g uint32, e *ir.Entry) {
			if pl.stored(k, e, w[g]) {
				emit(decision{DecisionKey{t.id, g, uint32(k)}, decisionOf(e)})
			}
		})
	}
}

// decisions returns every policyc_dec row of p's hash tables for the
// groups ids (bitsets bits[i] has id ids[i]), sorted by key.
func decisions(p *ir.Program, tables []hashTable, ids []uint32, bits []Membership) []decision {
	bySel := selectorGroups(bits, len(p.Selectors))
	var out []decision
	for _, t := range tables {
		tableDecisions(t, bits, bySel, func(d decision) {
			d.key.Group = ids[d.key.Group]
			out = append(out, d)
		})
	}
	slices.SortFunc(out, func(a, b decision) int { return compareKeys(a.key, b.key) })
	return out
}

func countDecisions(p *ir.Program, tables []hashTable, bits []Membership) uint32 {
	bySel := selectorGroups(bits, len(p.Selectors))
	n := uint32(0)
	for _, t := range tables {
		tableDecisions(t, bits, bySel, func(decision) { n++ })
	}
	return n
}

func compareKeys(a, b DecisionKey) int {
	return cmp.Or(cmp.Compare(a.Table, b.Table), cmp.Compare(a.Group, b.Group), cmp.Compare(a.Class, b.Class))
}

// portIndex returns the port index of tables: the first level by key
// (slot*256 + block) and the second level's pages, 256 classes each.
func portIndex(tables []hashTable) ([]PortBlock, []uint32) {
	var blocks []PortBlock
	var pages []uint32
	for _, t := range tables {
		for _, proto := range t.plan.Protos {
			ivs := t.plan.Trees[proto]
			i := 0
			for b := 0; b < 256; b++ {
				lo := b * 256
				for int(ivs[i].Hi) < lo {
					i++
				}
				if int(ivs[i].Hi) >= lo+255 {
					blocks = append(blocks, PortBlock{Class: uint32(ivs[i].Class)})
					continue
				}
				blocks = append(blocks, PortBlock{Page: uint32(len(pages)/256 + 1)})
				for j, port := i, lo; port < lo+256; port++ {
					for int(ivs[j].Hi) < port {
						j++
					}
					pages = append(pages, uint32(ivs[j].Class))
				}
			}
		}
	}
	return blocks, pages
}
