package loader_test

import (
	"bytes"
	"net/netip"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/loader"
	"github.com/policyc/policyc/runtime"
)

// TestPlan checks the pure part of an apply (no kernel): which programs go
// on which interface, and the map contents computed from the bundle's node
// data and the node file, including identity churn.
func TestPlan(t *testing.T) {
	priv, _ := keys(t)
	built := buildBundle(t, 1, priv, filepath.Join(starwars, "sw_l3_l4_policy.yaml"))
	b, err := bundle.Read(bytes.NewReader(built.archive), bundle.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	ifaces := map[string]string{"default/deathstar-1": "lxcds1", "default/tiefighter": "lxctie", "default/tiefighter-v2": "lxctie2"}
	pods := append(starwarsPods(), tiefighterV2())
	g, view, err := loader.Plan(b, nodeFile(t, pods, ifaces))
	if err != nil {
		t.Fatal(err)
	}
	prog := view.Program

	// Attachments: deathstar-1 and tiefighter have subject programs;
	// deathstar-2 and xwing have no interface (remote); tiefighter-v2 is a
	// new identity without subject programs.
	var got []string
	for _, a := range g.Attachments {
		got = append(got, a.Interface+" "+a.Hook+" "+a.Program)
	}
	want := []string{
		"lxcds1 tcx-egress policy_ingress", "lxcds1 tcx-ingress policy_egress",
		"lxctie tcx-egress policy_ingress", "lxctie tcx-ingress policy_egress",
	}
	if strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("attachments:\n got %v\nwant %v", got, want)
	}

	// The new identity: allocated outside the bundle's table, placed into
	// the selector that admits org=empire; no policy selects it as a
	// subject, so it needs no program and the plan is accepted.
	if len(view.NewIdentities) != 1 || len(view.Warnings) != 0 {
		t.Fatalf("new identities %+v, warnings %q", view.NewIdentities, view.Warnings)
	}
	newID := view.NewIdentities[0].ID
	if _, ok := built.prog.IdentityLabels(newID); ok {
		t.Fatalf("new identity %d collides with a bundle identity", newID)
	}
	tie := built.prog.LookupIP(netip.MustParseAddr("10.0.1.20"))
	for i, s := range prog.Selectors {
		tieIn := slices.Contains(s.Matches, tie)
		newIn := slices.Contains(s.Matches, newID)
		if tieIn != newIn {
			t.Errorf("selector %d %s: tiefighter member=%v, tiefighter-v2 member=%v", i, s.Text, tieIn, newIn)
		}
	}
	// Same verdicts as tiefighter, through the evaluator.
	ds := prog.LookupIP(netip.MustParseAddr("10.0.1.10"))
	if prog.LookupIP(netip.MustParseAddr("10.0.1.21")) != newID {
		t.Fatal("tiefighter-v2's address does not map to its new identity")
	}
	for _, port := range []uint16{80, 8080} {
		a := prog.Decide(ir.Flow{Src: tie, Dst: ds, Proto: ir.ProtoTCP, DPort: port}).Verdict
		b := prog.Decide(ir.Flow{Src: newID, Dst: ds, Proto: ir.ProtoTCP, DPort: port}).Verdict
		if a != b {
			t.Errorf("port %d: tiefighter %v, tiefighter-v2 %v", port, a, b)
		}
	}

	// Map contents: the membership map has the new identity, the ipcache
	// its address.
	if !hasKey(g.Fills[runtime.MapMembership], runtime.IdentityKey{Identity: uint32(newID)}) {
		t.Error("membership map lacks the new identity")
	}
	if !hasKey(g.Fills[runtime.MapIPCache4], runtime.IPv4Key{Addr: [4]byte{10, 0, 1, 21}}) {
		t.Error("ipcache lacks tiefighter-v2's address")
	}

	// Refresh prunes every node-data map, even one left without entries.
	for _, m := range []string{runtime.MapIPCache4, runtime.MapMembership} {
		if !slices.Contains(g.Refill, m) {
			t.Errorf("Refill %v lacks %s", g.Refill, m)
		}
	}

	// A departed pod (xwing not in the node file): its addresses leave the
	// ipcache.
	var remaining []podSpec
	for _, p := range starwarsPods() {
		if !strings.HasSuffix(p.name, "/xwing") {
			remaining = append(remaining, p)
		}
	}
	g2, view2, err := loader.Plan(b, nodeFile(t, remaining, ifaces))
	if err != nil {
		t.Fatal(err)
	}
	if hasKey(g2.Fills[runtime.MapIPCache4], runtime.IPv4Key{Addr: [4]byte{10, 0, 1, 30}}) {
		t.Error("departed xwing still in the ipcache")
	}
	if id := view2.Program.LookupIP(netip.MustParseAddr("10.0.1.30")); id != view2.Program.World(netip.MustParseAddr("10.0.1.30")) {
		t.Errorf("departed xwing's address resolves to %d, want world", id)
	}
}

func hasKey(kvs []loader.KV, key any) bool {
	for _, kv := range kvs {
		if kv.Key == key {
			return true
		}
	}
	return false
}

// TestPlanRefusesUnprotectedEndpoint: a new local endpoint that a policy
// subject selects has no program in the bundle; the plan is refused (the
// previous policy stays), while the same pod without an interface (remote)
// or one no subject selects is accepted.
func TestPlanRefusesUnprotectedEndpoint(t *testing.T) {
	priv, _ := keys(t)
	built := buildBundle(t, 1, priv, filepath.Join(starwars, "sw_l3_l4_policy.yaml"))
	b, err := bundle.Read(bytes.NewReader(built.archive), bundle.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if len(built.prog.Subjects) == 0 {
		t.Fatal("the bundle's program lists no subject selectors")
	}
	v2 := podSpec{"default/deathstar-v2", map[string]string{"org": "empire", "class": "deathstar", "version": "v2"}, []string{"10.0.1.77", "fd00:10::77"}}
	pods := append(starwarsPods(), v2)
	ifaces := map[string]string{"default/deathstar-1": "lxcds1", "default/deathstar-v2": "lxcds3"}
	_, _, err = loader.Plan(b, nodeFile(t, pods, ifaces))
	if err == nil || !strings.Contains(err.Error(), "deathstar-v2") || !strings.Contains(err.Error(), "rebuild the bundle") {
		t.Fatalf("plan with an unprotected local deathstar-v2: err = %v, want a refusal naming it", err)
	}
	delete(ifaces, "default/deathstar-v2") // remote: enforced by its own node
	if _, _, err := loader.Plan(b, nodeFile(t, pods, ifaces)); err != nil {
		t.Fatalf("plan with a remote deathstar-v2: %v", err)
	}
}
