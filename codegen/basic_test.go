package codegen

import (
	"net/netip"
	"testing"

	"github.com/policyc/policyc/ir"
)

// tinyProgram is a hand-built Program: subject 300 (10.0.0.3) has an
// enforced ingress policy with an allow, a deny and a redirect, and an
// unenforced egress.
func tinyProgram() *ir.Program {
	p := &ir.Program{}
	p.AddIdentity(ir.IdentityWorld, "reserved:world")
	p.AddIdentity(256, "k8s:app=a")
	p.AddIdentity(257, "k8s:app=b")
	p.AddIdentity(258, "k8s:app=c")
	p.AddIdentity(300, "k8s:app=s")
	for id, ip := range map[ir.Identity]string{256: "10.0.0.1", 257: "10.0.0.2", 258: "10.0.0.4", 300: "10.0.0.3"} {
		p.AddIPCache(netip.PrefixFrom(netip.MustParseAddr(ip), 32), id)
	}
	a := p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", "a")))
	b := p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", "b")))
	c := p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", "c")))
	orig := []ir.Origin{{Policy: "default/tiny", Kind: "CiliumNetworkPolicy", Pos: ir.Pos{File: "tiny.yaml", Line: 7, Col: 5}}}
	p.Policies = []ir.Policy{{Subject: 300, Direction: ir.Ingress, Enforced: true, Entries: []ir.Entry{
		{ID: 1, Peer: a, Proto: ir.ProtoTCP, PortLo: 80, PortHi: 80, Verdict: ir.Allow, Origins: orig},
		{ID: 2, Peer: b, Proto: ir.ProtoAny, PortLo: 0, PortHi: 65535, Verdict: ir.Deny, Origins: orig},
		{ID: 3, Peer: c, Proto: ir.ProtoTCP, PortLo: 8080, PortHi: 8080, Verdict: ir.Redirect, ProxyPort: 15001, ProxyPriority: 1, Origins: orig},
	}}}
	p.Endpoints = []ir.Endpoint{{Name: "default/s", Namespace: "default", Identity: 300, IPs: []netip.Addr{netip.MustParseAddr("10.0.0.3")}}}
	p.Normalize(false)
	return p
}

func TestTinyProgram(t *testing.T) {
	p := tinyProgram()
	e := newEnv(t, p, Options{})
	s := netip.MustParseAddr("10.0.0.3")
	peers := []netip.Addr{netip.MustParseAddr("10.0.0.1"), netip.MustParseAddr("10.0.0.2"), netip.MustParseAddr("10.0.0.4"), netip.MustParseAddr("192.0.2.1")}
	checked := 0
	for _, peer := range peers {
		for _, port := range []uint16{80, 8080, 443} {
			for _, proto := range []uint8{ir.ProtoTCP, ir.ProtoUDP} {
				e.clearCT(t)
				pk := pkt{src: peer, dst: s, proto: proto, sport: 40000, dport: port}
				got, gotPort := e.verdict(t, 300, ir.Ingress, pk.bytes())
				want := p.DecideDirection(p.Policy(300, ir.Ingress), p.LookupIP(peer), proto, port, false)
				if got != want.Verdict || gotPort != want.ProxyPort {
					t.Errorf("%v -> %v %d/%d: got %v %d, want %v %d", peer, s, proto, port, got, gotPort, want.Verdict, want.ProxyPort)
				}
				checked++
			}
		}
	}
	t.Logf("%d packets checked", checked)
}
