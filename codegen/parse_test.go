package codegen

import (
	"net/netip"
	"testing"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// statCount sums a per-reason counter.
func (e *env) statCount(t *testing.T, r runtime.Reason) uint64 {
	t.Helper()
	var vals []runtime.Counter
	if err := e.maps[runtime.MapStats].Lookup(uint32(r), &vals); err != nil {
		t.Fatal(err)
	}
	var n uint64
	for _, v := range vals {
		n += v.Packets
	}
	return n
}

// TestParseEdges checks the documented behaviour for packets the policy does
// not decide: non-IP passes, malformed drops, both counted by reason.
func TestParseEdges(t *testing.T) {
	p := tinyProgram() // IPv4-only, ingress enforced
	e := newEnv(t, p, Options{})
	a, s := netip.MustParseAddr("10.0.0.1"), netip.MustParseAddr("10.0.0.3")
	good := pkt{src: a, dst: s, proto: ir.ProtoTCP, sport: 1234, dport: 80}
	arp := good.bytes()
	arp[12], arp[13] = 0x08, 0x06
	badVersion := good.bytes()
	badVersion[14] = 0x55
	shortIHL := good.bytes()
	shortIHL[14] = 0x44
	v6 := pkt{src: netip.MustParseAddr("fd00::1"), dst: netip.MustParseAddr("fd00::2"), proto: ir.ProtoTCP, dport: 80}
	cases := []struct {
		name   string
		data   []byte
		ret    uint32
		reason runtime.Reason
	}{
		{"ARP passes", arp, runtime.ActOK, runtime.ReasonNonIP},
		{"IP version 5 drops", badVersion, runtime.ActShot, runtime.ReasonMalformed},
		{"IHL 4 drops", shortIHL, runtime.ActShot, runtime.ReasonMalformed},
		{"truncated TCP header drops", pkt{src: a, dst: s, proto: ir.ProtoTCP, dport: 80, ipv4Opts: 40, truncate: 30}.bytes()[:74], runtime.ActShot, runtime.ReasonMalformed},
		{"IPv6 in an IPv4-only cluster drops when enforced", v6.bytes(), runtime.ActShot, runtime.ReasonFamily},
	}
	for _, c := range cases {
		before := e.statCount(t, c.reason)
		ret, _ := e.run(t, 300, ir.Ingress, c.data)
		if ret != c.ret {
			t.Errorf("%s: returned %d, want %d", c.name, ret, c.ret)
		}
		if after := e.statCount(t, c.reason); after != before+1 {
			t.Errorf("%s: %s counter %d -> %d, want +1", c.name, c.reason, before, after)
		}
	}
}

// TestTooManyExtensionHeaders: a chain longer than the walk is malformed.
func TestTooManyExtensionHeaders(t *testing.T) {
	p := &ir.Program{}
	p.AddIdentity(300, "k8s:app=s")
	p.AddIPCache(netip.MustParsePrefix("fd00::3/128"), 300)
	w := p.AddSelector(ir.WildcardSelector())
	p.Policies = []ir.Policy{{Subject: 300, Direction: ir.Ingress, Enforced: true, Entries: []ir.Entry{
		{ID: 1, Peer: w, Proto: ir.ProtoTCP, PortLo: 80, PortHi: 80, Verdict: ir.Allow}}}}
	p.Normalize(false)
	e := newEnv(t, p, Options{})
	base := pkt{src: netip.MustParseAddr("fd00::9"), dst: netip.MustParseAddr("fd00::3"), proto: ir.ProtoTCP, sport: 5, dport: 80}
	for n := 0; n <= maxExtHeaders+1; n++ {
		pk := base
		for i := 0; i < n; i++ {
			pk.ext = append(pk.ext, 60)
		}
		want := p.DecideDirection(p.Policy(300, ir.Ingress), p.LookupIP(pk.src), ir.ProtoTCP, 80, false).Verdict
		if n > maxExtHeaders {
			want = ir.Deny // malformed
		}
		got, _ := e.verdict(t, 300, ir.Ingress, pk.bytes())
		e.clearCT(t)
		if got != want {
			t.Errorf("%d extension headers: got %v, want %v", n, got, want)
		}
	}
}
