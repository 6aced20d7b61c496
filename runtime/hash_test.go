package runtime

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"

	"github.com/policyc/policyc/ir"
)

// hashProgram is a random Program for the hash strategy's contents: label
// selectors over a few apps and teams, entries with single ports and
// ranges across 256-port block boundaries, full-range and ProtoAny ones,
// deny, redirects with priorities; one enforced and one unenforced policy.
func hashProgram(r *rand.Rand) *ir.Program {
	p := &ir.Program{}
	p.AddIdentity(ir.IdentityWorld, "reserved:world")
	apps, teams := []string{"a", "b", "c", "d"}, []string{"x", "y"}
	for i := 0; i < 12; i++ {
		p.AddIdentity(ir.Identity(256+i), "k8s:app="+apps[r.Intn(4)], "k8s:team="+teams[r.Intn(2)])
	}
	sels := []ir.SelectorID{p.AddSelector(ir.WildcardSelector())}
	for _, a := range apps {
		sels = append(sels, p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", a))))
	}
	for _, tm := range teams {
		sels = append(sels, p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.team", tm))))
	}
	edges := []uint16{0, 1, 80, 255, 256, 257, 511, 512, 8080, 65279, 65280, 65535}
	id := uint32(1)
	for k, enforced := range []bool{true, false} {
		pol := ir.Policy{Subject: ir.Identity(256 + k), Direction: ir.Direction(k), Enforced: enforced}
		for j := 0; j < 10+r.Intn(30); j++ {
			e := ir.Entry{ID: id, Peer: sels[r.Intn(len(sels))], Proto: []uint8{ir.ProtoTCP, ir.ProtoTCP, ir.ProtoUDP, ir.ProtoICMP}[r.Intn(4)], Verdict: ir.Allow}
			id++
			a, b := edges[r.Intn(len(edges))], edges[r.Intn(len(edges))]
			e.PortLo, e.PortHi = min(a, b), max(a, b)
			switch r.Intn(8) {
			case 0:
				e.Proto, e.PortLo, e.PortHi = ir.ProtoAny, 0, 65535
			case 1:
				e.PortLo, e.PortHi = 0, 65535
			case 2, 3:
				e.PortHi = e.PortLo
			}
			switch r.Intn(6) {
			case 0:
				e.Verdict = ir.Deny
			case 1:
				if e.Proto != ir.ProtoAny {
					e.Verdict, e.ProxyPort, e.ProxyPriority = ir.Redirect, uint16(15000+r.Intn(3)), uint8(1+r.Intn(2))
				}
			}
			pol.Entries = append(pol.Entries, e)
		}
		p.Policies = append(p.Policies, pol)
	}
	p.Normalize(false)
	return p
}

// hashMaps holds MapEntries by map, as a datapath would see them.
type hashMaps struct {
	sel    map[uint32]Membership
	dec    map[DecisionKey]DecisionValue
	blocks []PortBlock
	pages  []uint32
}

func loadEntries(t *testing.T, entries []Entry) *hashMaps {
	t.Helper()
	h := &hashMaps{sel: map[uint32]Membership{}, dec: map[DecisionKey]DecisionValue{}}
	for _, e := range entries {
		switch e.Map {
		case MapIPCache4, MapIPCache6, MapPrefix4, MapPrefix6:
			// Written after the membership it carries, and equal to it.
			v := e.Value.(IPCacheValue)
			if m, ok := h.sel[v.Identity()]; !ok || !slices.Equal(m, v.Membership()) {
				t.Fatalf("ipcache %v: identity %d with membership %v, membership map has %v (written: %v)", e.Key, v.Identity(), v.Membership(), m, ok)
			}
		case MapMembership:
			h.sel[e.Key.(IdentityKey).Identity] = e.Value.(Membership)
		case MapDecisions:
			if _, dup := h.dec[e.Key.(DecisionKey)]; dup {
				t.Fatalf("decision key %+v written twice", e.Key)
			}
			h.dec[e.Key.(DecisionKey)] = e.Value.(DecisionValue)
		case MapPortBlock:
			if int(e.Key.(uint32)) != len(h.blocks) {
				t.Fatalf("port block key %d out of order", e.Key)
			}
			h.blocks = append(h.blocks, e.Value.(PortBlock))
		case MapPortPage:
			h.pages = append(h.pages, e.Value.(uint32))
		}
	}
	return h
}

// classOf follows the port index as the program does.
func (h *hashMaps) classOf(slot uint32, port uint16) uint32 {
	b := h.blocks[slot*256+uint32(port>>8)]
	if b.Page == 0 {
		return b.Class
	}
	return h.pages[(b.Page-1)*256+uint32(port&0xff)]
}

// decide emulates a hash-strategy program's decision (codegen/hash.go).
func (h *hashMaps) decide(l Layout, pl *Plan, pol *ir.Policy, peer ir.Identity, proto uint8, port uint16, frag bool) (ir.Verdict, uint32, uint16) {
	def := ir.Allow
	if pol.Enforced {
		def = ir.Deny
	}
	m, ok := h.sel[uint32(peer)]
	if !ok {
		return def, 0, 0
	}
	tid, t, _ := l.TableOf(pol.Subject, pol.Direction)
	key := DecisionKey{Table: tid, Group: m[l.MembershipWords]}
	fallback := -1
	switch i := slices.Index(pl.Protos, proto); {
	case i >= 0 && !frag:
		key.Class = h.classOf(t.Slot+uint32(i), port)
		fallback = pl.WideClass(proto)
	case frag && slices.Contains(pl.FragProtos, proto):
		key.Class = uint32(pl.Frag[proto])
	default:
		key.Class = uint32(pl.Other)
	}
	v, ok := h.dec[key]
	if !ok && fallback >= 0 {
		key.Class = uint32(fallback)
		v, ok = h.dec[key]
	}
	if !ok {
		return def, 0, 0
	}
	return ir.Verdict(v.Verdict), v.Entry, Ntohs(v.ProxyPort)
}

// TestHashContents checks the hash strategy's map contents without a
// kernel: the port index gives every port its interval's class, and the
// lookups the program makes give the evaluator's decision for every
// identity, protocol, port edge and fragment flag.
func TestHashContents(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for n := 0; n < 200; n++ {
		p := hashProgram(r)
		l := LayoutWith(p, Sizes{}, StrategyHash)
		h := loadEntries(t, MapEntries(p, l))
		if uint32(len(h.blocks)) != 256*l.PortSlots || uint32(len(h.pages)) != 256*l.PortPages {
			t.Fatalf("port index: %d blocks, %d pages; layout %d slots, %d pages", len(h.blocks), len(h.pages)/256, l.PortSlots, l.PortPages)
		}
		if uint32(len(h.dec)) != l.DecisionRows {
			t.Fatalf("%d decision rows, layout counts %d", len(h.dec), l.DecisionRows)
		}
		for _, tb := range hashTables(p, l.Strategy) {
			checkPortIndex(t, h, tb)
			for _, id := range p.Identities {
				for _, proto := range []uint8{ir.ProtoTCP, ir.ProtoUDP, ir.ProtoICMP, 47} {
					for _, port := range []uint16{0, 1, 79, 80, 81, 254, 255, 256, 300, 511, 512, 8080, 65279, 65280, 65535} {
						for _, frag := range []bool{false, true} {
							want := p.DecideDirection(tb.pol, id.ID, proto, port, frag)
							v, e, proxy := h.decide(l, tb.plan, tb.pol, id.ID, proto, port, frag)
							if v != want.Verdict || e != want.Entry || proxy != want.ProxyPort {
								t.Fatalf("program %d table %d peer %d proto %d port %d frag %v: %v entry %d proxy %d, evaluator %v entry %d proxy %d",
									n, tb.id, id.ID, proto, port, frag, v, e, proxy, want.Verdict, want.Entry, want.ProxyPort)
							}
						}
					}
				}
			}
		}
	}
}

func checkPortIndex(t *testing.T, h *hashMaps, tb hashTable) {
	t.Helper()
	for i, proto := range tb.plan.Protos {
		for _, iv := range tb.plan.Trees[proto] {
			for port := int(iv.Lo); port <= int(iv.Hi); port++ {
				if got := h.classOf(tb.Slot+uint32(i), uint16(port)); got != uint32(iv.Class) {
					t.Fatalf("table %d proto %d port %d: index class %d, plan class %d", tb.id, proto, port, got, iv.Class)
				}
			}
		}
	}
}

// TestIdentityEntries admits every identity of a Program one by one into
// an empty allocation: the rows of each new group (computed per group)
// must be the rows the bulk computation gives the identity's group.
func TestIdentityEntries(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	for n := 0; n < 100; n++ {
		p := hashProgram(r)
		l := LayoutWith(p, Sizes{}, StrategyHash)
		bulk := loadEntries(t, MapEntries(p, l))
		g := NewGroups()
		admitted := &hashMaps{sel: map[uint32]Membership{}, dec: map[DecisionKey]DecisionValue{}}
		for _, id := range p.Identities {
			es := IdentityEntries(p, l, g, id.ID, id.Labels)
			if last := es[len(es)-1]; last.Map != MapMembership {
				t.Fatalf("identity %d: the membership entry must come last, after its group's rows", id.ID)
			}
			for _, e := range es {
				switch e.Map {
				case MapMembership:
					admitted.sel[e.Key.(IdentityKey).Identity] = e.Value.(Membership)
				case MapDecisions:
					admitted.dec[e.Key.(DecisionKey)] = e.Value.(DecisionValue)
				}
			}
		}
		for _, id := range p.Identities {
			want := rowsOf(bulk, l, uint32(id.ID))
			if got := rowsOf(admitted, l, uint32(id.ID)); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("program %d identity %d: admitted rows %v, bulk rows %v", n, id.ID, got, want)
			}
		}
	}
}

// rowsOf lists the decision rows of an identity's group, group-free.
func rowsOf(h *hashMaps, l Layout, id uint32) []string {
	m := h.sel[id]
	group := m[l.MembershipWords]
	var out []string
	for k, v := range h.dec {
		if k.Group == group {
			out = append(out, fmt.Sprintf("%d/%d:%+v", k.Table, k.Class, v))
		}
	}
	slices.Sort(out)
	return out
}

// TestGroupsObserve: ids read back from a map keep their meaning and new
// bitsets get ids above every observed one.
func TestGroupsObserve(t *testing.T) {
	g := NewGroups()
	if err := g.Observe(Membership{5}, 7); err != nil {
		t.Fatal(err)
	}
	if err := g.Observe(Membership{5}, 3); err == nil {
		t.Error("a bitset with two ids must be refused")
	}
	if id, added := g.Add(Membership{5}); id != 7 || added {
		t.Errorf("known bitset: id %d added %v", id, added)
	}
	if id, added := g.Add(Membership{6}); id != 8 || !added {
		t.Errorf("new bitset: id %d added %v, want 8 true", id, added)
	}
}

// TestMapEntriesWith fills a node view (the Program plus identities that
// appeared later) under an existing allocation: the bundle's (GroupsOf) or
// a sparse one read back from a map. Known bitsets keep their ids, new
// ones get ids above every allocated one, and every identity's lookups give
// the evaluator's decisions.
func TestMapEntriesWith(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	for n := 0; n < 100; n++ {
		p := hashProgram(r)
		l := LayoutWith(p, Sizes{}, StrategyHash)
		base := loadEntries(t, MapEntries(p, l))
		view := *p
		view.Identities = slices.Clone(p.Identities)
		for i, labels := range [][]string{{"k8s:app=a", "k8s:team=z"}, {"k8s:app=zz"}, {"k8s:app=b", "k8s:team=x"}} {
			view.AddIdentity(ir.Identity(1000+i), labels...)
		}
		sparse := NewGroups()
		g0 := GroupsOf(p, l)
		for _, id := range g0.used() {
			if err := sparse.Observe(g0.Bits(id), 5+3*id); err != nil {
				t.Fatal(err)
			}
		}
		for k, g := range []*Groups{GroupsOf(p, l), sparse} {
			before := g.Len()
			h := loadEntries(t, MapEntriesWith(&view, l, g))
			for _, id := range p.Identities {
				want := base.sel[uint32(id.ID)][l.MembershipWords]
				if k == 1 {
					want = 5 + 3*want
				}
				if got := h.sel[uint32(id.ID)][l.MembershipWords]; got != want {
					t.Fatalf("program %d allocation %d: identity %d moved from group %d to %d", n, k, id.ID, want, got)
				}
			}
			for i := 0; i < 3; i++ {
				m := h.sel[uint32(1000+i)]
				if _, known := g0.Lookup(m[:l.MembershipWords]); !known && m[l.MembershipWords] < before {
					t.Fatalf("program %d allocation %d: a new bitset got group %d, below the next free id %d", n, k, m[l.MembershipWords], before)
				}
			}
			for _, tb := range hashTables(&view, l.Strategy) {
				for _, id := range view.Identities {
					for _, port := range []uint16{0, 80, 255, 256, 8080, 65535} {
						want := view.DecideDirection(tb.pol, id.ID, ir.ProtoTCP, port, false)
						v, e, proxy := h.decide(l, tb.plan, tb.pol, id.ID, ir.ProtoTCP, port, false)
						if v != want.Verdict || e != want.Entry || proxy != want.ProxyPort {
							t.Fatalf("program %d allocation %d peer %d port %d: %v entry %d, evaluator %v entry %d", n, k, id.ID, port, v, e, want.Verdict, want.Entry)
						}
					}
				}
			}
		}
	}
}

// TestHashMapSpecs: hash layouts add the decision and port index maps and
// the group word; tree layouts of the same Program have neither.
func TestHashMapSpecs(t *testing.T) {
	p := hashProgram(rand.New(rand.NewSource(14)))
	tree, hash := LayoutWith(p, Sizes{}, StrategyTree), LayoutWith(p, Sizes{}, StrategyHash)
	if tree.Hash() || !hash.Hash() || len(hash.Tables) != 2 {
		t.Fatalf("tree layout hash=%v, hash layout tables %+v", tree.Hash(), hash.Tables)
	}
	want := map[string][3]uint32{ // key size, value size, max entries
		MapMembership: {4, 4 * (hash.MembershipWords + 1), DefaultSizes.Membership},
		MapDecisions:  {12, 8, max(1024, 2*hash.DecisionRows)},
		MapPortBlock:  {4, 8, 256 * hash.PortSlots},
		MapPortPage:   {4, 4, 256 * max(1, hash.PortPages)},
	}
	for name, w := range want {
		s, err := hash.MapSpec(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(name) > 15 || s.KeySize != w[0] || s.ValueSize != w[1] || s.MaxEntries != w[2] {
			t.Errorf("%s: key %d value %d entries %d, want %v", name, s.KeySize, s.ValueSize, s.MaxEntries, w)
		}
		if _, err := tree.MapSpec(name); (err == nil) != (name == MapMembership) {
			t.Errorf("tree layout and %s: %v", name, err)
		}
	}
	if s, _ := tree.MapSpec(MapMembership); s.ValueSize != 4*tree.MembershipWords {
		t.Errorf("tree layout membership value %d bytes, want the bitset's %d", s.ValueSize, 4*tree.MembershipWords)
	}
	if l := LayoutWith(p, Sizes{Decisions: 77}, StrategyHash); l.decisionEntries() != 77 {
		t.Errorf("Sizes.Decisions ignored: %d", l.decisionEntries())
	}
}
