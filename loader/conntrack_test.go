package loader

import (
	"bytes"
	"encoding/binary"
	"net/netip"
	"path/filepath"
	"testing"

	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// TestJudgeCT checks the decision behind the conntrack sweep on decoded
// keys: flows the policy denies (or whose subject is gone) are revoked,
// kept flows get the value the datapath would record, and an ICMP entry
// that could be a request or a reply is kept only if both are allowed.
func TestJudgeCT(t *testing.T) {
	const dir = "../testdata/examples/starwars"
	files, diags := frontend.ParsePaths([]string{filepath.Join(dir, "sw_l3_l4_policy.yaml")}, nil, frontend.Options{DefaultNamespace: "default"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	inv, diags := inventory.Load([]string{filepath.Join(dir, "inventory.yaml")})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	p, diags := compiler.Compile(files, inv, compiler.DefaultOptions())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	ds, tf, xw := netip.MustParseAddr("10.0.1.10"), netip.MustParseAddr("10.0.1.20"), netip.MustParseAddr("10.0.1.30")
	dsID, tfID := p.LookupIP(ds), p.LookupIP(tf)
	allow := p.DecideDirection(p.Policy(dsID, ir.Ingress), tfID, ir.ProtoTCP, 80, false)
	if allow.Verdict != ir.Allow || allow.Entry == 0 {
		t.Fatalf("evaluator: tiefighter -> deathstar:80 is %v", allow.Verdict)
	}
	cases := []struct {
		name string
		key  runtime.CTKey4
		dir  uint8 // the creating program's direction (CTValue.Dir)
		keep bool
		want runtime.CTValue
	}{
		{name: "allowed ingress", key: ctKey(tf, ds, 40000, 80, ir.ProtoTCP, runtime.DirIngress, dsID), dir: runtime.DirIngress, keep: true,
			want: runtime.CTValue{Rule: allow.Entry, Verdict: runtime.VerdictAllow, Dir: runtime.DirIngress}},
		{name: "denied peer", key: ctKey(xw, ds, 40000, 80, ir.ProtoTCP, runtime.DirIngress, dsID), dir: runtime.DirIngress},
		{name: "denied port", key: ctKey(tf, ds, 40000, 8080, ir.ProtoTCP, runtime.DirIngress, dsID), dir: runtime.DirIngress},
		{name: "unenforced egress", key: ctKey(tf, ds, 40000, 80, ir.ProtoTCP, runtime.DirEgress, tfID), dir: runtime.DirEgress, keep: true,
			want: runtime.CTValue{Verdict: runtime.VerdictAllow, Dir: runtime.DirEgress}},
		{name: "subject gone", key: ctKey(tf, ds, 40000, 80, ir.ProtoTCP, runtime.DirIngress, 424242), dir: runtime.DirIngress},
		{name: "icmp identifier 0 (request or reply)", key: ctKey(tf, ds, 0, 0, ir.ProtoICMP, runtime.DirIngress, dsID), dir: runtime.DirIngress},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := binary.Write(&buf, binary.NativeEndian, tc.key); err != nil {
				t.Fatal(err)
			}
			f, err := decodeCTKey(runtime.MapCT4, buf.Bytes(), tc.dir)
			if err != nil {
				t.Fatal(err)
			}
			got, keep := judgeCT(p, runtime.Subjects(p), f)
			if keep != tc.keep || (keep && got != tc.want) {
				t.Errorf("judgeCT(%+v) = %+v, keep %v; want %+v, keep %v", f, got, keep, tc.want, tc.keep)
			}
		})
	}
	if got := ctPorts(ir.ProtoICMPv6, false, 0, 7); len(got) != 1 || got[0] != 129 {
		t.Errorf("ICMPv6 echo reply judged on %v, want [129]", got)
	}
}

// ctKey builds an IPv4 conntrack key as the programs do (canonical
// endpoint order, ports in network byte order).
func ctKey(src, dst netip.Addr, sport, dport uint16, proto, dir uint8, subject ir.Identity) runtime.CTKey4 {
	return runtime.CTFlow{Src: src, Dst: dst, SrcPort: htons(sport), DstPort: htons(dport), Proto: proto, Dir: dir,
		Subject: uint32(subject)}.Key4()
}
