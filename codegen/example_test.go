package codegen_test

import (
	"fmt"
	"net/netip"
	"strings"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/ir"
)

// Generate one subject's programs and print the block comments of its
// ingress program: every block names what it implements, entries name their
// rule's policy and position.
func ExampleGenerate() {
	p := &ir.Program{}
	p.AddIdentity(256, "k8s:app=client")
	p.AddIdentity(300, "k8s:app=server")
	p.AddIPCache(netip.MustParsePrefix("10.0.0.1/32"), 256)
	p.AddIPCache(netip.MustParsePrefix("10.0.0.3/32"), 300)
	client := p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.app", "client")))
	p.Policies = []ir.Policy{{Subject: 300, Direction: ir.Ingress, Enforced: true, Entries: []ir.Entry{{
		ID: 1, Peer: client, Proto: ir.ProtoTCP, PortLo: 80, PortHi: 80, Verdict: ir.Allow,
		Origins: []ir.Origin{{Policy: "default/web", Pos: ir.Pos{File: "web.yaml", Line: 9, Col: 7}}},
	}}}}
	p.Normalize(false)
	out, err := codegen.Generate(p, codegen.Options{NoCounters: true, NoEvents: true})
	if err != nil {
		panic(err)
	}
	prog := out.Objects[0].Programs[0]
	fmt.Println(prog.Name, prog.Section)
	for _, line := range strings.Split(fmt.Sprint(prog.Instructions), "\n") {
		if c, ok := strings.CutPrefix(strings.TrimSpace(line), "; "); ok {
			fmt.Println(c)
		}
	}
	// Output:
	// policy_ingress tcx/egress
	// ingress policy of identity 300 (enforced=true): make the headers linear
	// linear part shorter than min(len, 512): bpf_skb_pull_data (a failure leaves the bounds checks below to find the headers missing: malformed)
	// parse Ethernet
	// 802.1Q tag
	// not IP: pass
	// IPv4 header (options allowed, non-first fragments flagged)
	// transport header (IPv4)
	// ICMP without ICMP entries: only neighbor discovery / fragmentation needed are special
	// conntrack: one lookup of the canonical key; established and reply packets pass without policy
	// peer identity (IPv4): exact ipcache, then prefixes, else world
	// conntrack: established flow, pass (re-applying the proxy mark of redirected flows)
	// conntrack: reply of a flow this subject allowed, pass
	// ipcache hit: identity and the membership words the decision reads, from its value
	// selector membership of the world identity
	// peer identity unknown to the membership map: matches no selector
	// decision: dispatch on protocol (fragments: port-wildcard entries only)
	// protocol 6: port compare tree over 3 intervals
	// class 0: candidates in precedence order []
	// class 1: candidates in precedence order [1]
	// entry 1 allow peer={k8s.app=client} proto=6 ports=80-80: default/web web.yaml:9:7
	// no entry matches: deny (enforced=true)
	// verdict deny: count, emit an event, drop (never recorded)
	// verdict allow: count, record the flow, emit an event, pass
	// ICMPv4 fragmentation needed: pass without policy, as Cilium's --allow-icmp-frag-needed
	// truncated or malformed header: drop
	// IP family without addresses in this cluster: drop (enforced)
}
