package codegen

import (
	"net/netip"
	"testing"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// statefulProgram: pods a (256, 10.0.0.1), b (257, 10.0.0.2), s (300,
// 10.0.0.3). s ingress allows a on TCP 80 and ICMP echo, redirects a on TCP
// 8080, allows nothing from b; s egress is enforced and allows nothing. b's
// egress is unenforced.
func statefulProgram() *ir.Program {
	p := &ir.Program{}
	p.AddIdentity(ir.IdentityWorld, "reserved:world")
	p.AddIdentity(256, "k8s:app=a")
	p.AddIdentity(257, "k8s:app=b")
	p.AddIdentity(300, "k8s:app=s")
	for id, ip := range map[ir.Identity]string{256: "10.0.0.1", 257: "10.0.0.2", 300: "10.0.0.3"} {
		p.AddIPCache(netip.PrefixFrom(netip.MustParseAddr(ip), 32), id)
		p.Endpoints = append(p.Endpoints, ir.Endpoint{Name: "ns/" + ip, Identity: id, IPs: []netip.Addr{netip.MustParseAddr(ip)}})
	}
	a := p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", "a")))
	p.Policies = []ir.Policy{
		{Subject: 300, Direction: ir.Ingress, Enforced: true, Entries: []ir.Entry{
			{ID: 1, Peer: a, Proto: ir.ProtoTCP, PortLo: 80, PortHi: 80, Verdict: ir.Allow},
			{ID: 2, Peer: a, Proto: ir.ProtoICMP, PortLo: 8, PortHi: 8, Verdict: ir.Allow},
			{ID: 3, Peer: a, Proto: ir.ProtoTCP, PortLo: 8080, PortHi: 8080, Verdict: ir.Redirect, ProxyPort: 15001, ProxyPriority: 1},
		}},
		{Subject: 300, Direction: ir.Egress, Enforced: true},
	}
	p.Normalize(false)
	return p
}

// TestStateful replays the conntrack scenario under both strategies.
func TestStateful(t *testing.T) {
	for _, s := range []runtime.Strategy{runtime.StrategyTree, runtime.StrategyHash} {
		t.Run(s.String(), func(t *testing.T) { testStateful(t, s) })
	}
}

func testStateful(t *testing.T, s runtime.Strategy) {
	p := statefulProgram()
	e := newEnv(t, p, Options{Strategy: s})
	ip := netip.MustParseAddr
	a, srv := ip("10.0.0.1"), ip("10.0.0.3")
	for _, st := range statefulSteps() {
		got, port := e.verdict(t, st.subject, st.dir, st.pk.bytes())
		if got != st.want || port != st.proxy {
			t.Errorf("%s: got %v proxy %d, want %v proxy %d", st.name, got, port, st.want, st.proxy)
		}
	}
	// The conntrack entry of the allowed SYN has exactly the documented
	// layout: the canonical tuple of subject 300, created by its ingress program.
	flow := runtime.CTFlow{Src: a, Dst: srv, SrcPort: runtime.Htons(40000), DstPort: runtime.Htons(80),
		Proto: ir.ProtoTCP, Dir: runtime.DirIngress, Subject: 300}
	key := flow.Key4()
	var val runtime.CTValue
	if err := e.maps[runtime.MapCT4].Lookup(key, &val); err != nil {
		t.Fatalf("conntrack entry of the allowed SYN: %v", err)
	}
	if want := (runtime.CTValue{Rule: 1, Verdict: runtime.VerdictAllow, Dir: runtime.DirIngress}); val != want {
		t.Errorf("conntrack value %+v, want %+v", val, want)
	}
	pflow := flow
	pflow.SrcPort, pflow.DstPort = runtime.Htons(40002), runtime.Htons(8080)
	pkey := pflow.Key4()
	if err := e.maps[runtime.MapCT4].Lookup(pkey, &val); err != nil || runtime.Ntohs(val.ProxyPort) != 15001 {
		t.Errorf("redirected flow's conntrack entry %+v (%v), want proxy port 15001", val, err)
	}
}

// statefulStep is one packet of the conntrack scenario and the verdict the
// conntrack state (not the stateless evaluator) implies.
type statefulStep struct {
	name    string
	subject ir.Identity
	dir     ir.Direction
	pk      pkt
	want    ir.Verdict
	proxy   uint16
}

func statefulSteps() []statefulStep {
	ip := netip.MustParseAddr
	a, b, s := ip("10.0.0.1"), ip("10.0.0.2"), ip("10.0.0.3")
	syn := pkt{src: a, dst: s, proto: ir.ProtoTCP, sport: 40000, dport: 80}
	denied := pkt{src: b, dst: s, proto: ir.ProtoTCP, sport: 40001, dport: 80}
	proxied := pkt{src: a, dst: s, proto: ir.ProtoTCP, sport: 40002, dport: 8080}
	echo := pkt{src: a, dst: s, proto: ir.ProtoICMP, sport: 77, dport: 8}
	return []statefulStep{
		{"reply before any flow is denied (egress enforced, nothing allowed)", 300, ir.Egress, syn.reverse(), ir.Deny, 0},
		{"allowed SYN", 300, ir.Ingress, syn, ir.Allow, 0},
		{"its reply passes through the enforced egress", 300, ir.Egress, syn.reverse(), ir.Allow, 0},
		{"established packet passes", 300, ir.Ingress, syn, ir.Allow, 0},
		{"a new flow out of s is still denied", 300, ir.Egress, pkt{src: s, dst: a, proto: ir.ProtoTCP, sport: 80, dport: 40009}, ir.Deny, 0},
		{"denied flow", 300, ir.Ingress, denied, ir.Deny, 0},
		{"denied flow's reply is not allowed", 300, ir.Egress, denied.reverse(), ir.Deny, 0},
		{"b's unenforced egress allows and records the flow", 257, ir.Egress, denied, ir.Allow, 0},
		{"b's egress entry does not satisfy s's ingress", 300, ir.Ingress, denied, ir.Deny, 0},
		{"redirected flow", 300, ir.Ingress, proxied, ir.Redirect, 15001},
		{"established redirected flow keeps the proxy mark", 300, ir.Ingress, proxied, ir.Redirect, 15001},
		{"echo request allowed", 300, ir.Ingress, echo, ir.Allow, 0},
		{"echo reply passes as a reply", 300, ir.Egress, echo.reverse(), ir.Allow, 0},
		{"other ICMP types are not tracked", 300, ir.Egress, pkt{src: s, dst: a, proto: ir.ProtoICMP, sport: 77, dport: 3}, ir.Deny, 0},
	}
}
