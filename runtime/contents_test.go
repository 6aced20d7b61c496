package runtime

import (
	"net/netip"
	"slices"
	"testing"

	"github.com/policyc/policyc/ir"
)

func mustPrefix(s string) netip.Prefix { return netip.MustParsePrefix(s) }

// Membership bits must agree with the evaluator's selector judgement for
// every identity (known ones by labels, unknown ones by Matches/wildcard).
func TestMembershipAgreesWithEvaluator(t *testing.T) {
	p := &ir.Program{}
	p.AddIdentity(2, "reserved:world")
	p.AddIdentity(256, "k8s:app=a", "k8s:env=prod")
	p.AddIdentity(257, "k8s:app=b")
	sels := []ir.SelectorID{
		p.AddSelector(ir.WildcardSelector()),
		p.AddSelector(ir.NoneSelector()),
		p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", "a"))),
		p.AddSelector(ir.NewSelector(ir.Req("k8s.env", ir.OpDoesNotExist))),
	}
	p.Normalize(false)
	l := LayoutOf(p, Sizes{})
	for _, id := range []ir.Identity{2, 256, 257, 999} {
		m := MembershipOf(p, l, id)
		for _, s := range sels {
			bit := m[s/32]&(1<<(s%32)) != 0
			e := ir.Entry{Peer: s, Proto: ir.ProtoAny, PortHi: 65535}
			if want := p.EntryMatches(&e, id, ir.ProtoTCP, 80, false); bit != want {
				t.Errorf("identity %d selector %d: bit %v, evaluator %v", id, s, bit, want)
			}
		}
	}
}

func TestIPCacheEntries(t *testing.T) {
	p := &ir.Program{}
	p.AddIPCache(mustPrefix("10.0.0.1/32"), 256)
	p.AddIPCache(mustPrefix("10.0.0.0/8"), ir.IdentityScopeLocal|1)
	p.AddIPCache(mustPrefix("fd00::/64"), ir.IdentityScopeLocal|2)
	p.AddIPCache(mustPrefix("fd00::1/128"), 257)
	want := []string{MapIPCache4, MapPrefix4, MapPrefix6, MapIPCache6}
	l := LayoutOf(p, Sizes{})
	got := IPCacheEntries(p, l)
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i, e := range got {
		if e.Map != want[i] {
			t.Errorf("entry %d (%v) in %s, want %s", i, e.Key, e.Map, want[i])
		}
		v := e.Value.(IPCacheValue)
		if uint32(len(v)) != l.IPCacheValueWords() || ir.Identity(v.Identity()) != p.IPCache[i].Identity ||
			!slices.Equal(v.Membership(), MembershipOf(p, l, p.IPCache[i].Identity)) {
			t.Errorf("entry %d value %v, want identity %d with its membership", i, v, p.IPCache[i].Identity)
		}
	}
	if k := got[1].Key.(LPMKey4); k.PrefixLen != 8 || k.Addr != [4]byte{10} {
		t.Errorf("prefix key %+v", k)
	}
}
