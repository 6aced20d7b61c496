package codegen

import (
	"net/netip"
	"testing"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// TestIdentityChurn admits a new pod into loaded programs with map updates
// alone: its identity's membership bitset (computed from its labels) and
// its ipcache entry. No program is regenerated or reloaded.
func TestIdentityChurn(t *testing.T) {
	p := tinyProgram()
	e := newEnv(t, p, Options{})
	newIP := netip.MustParseAddr("10.0.0.9")
	const newID ir.Identity = 400
	labels := []string{"k8s:app=a", "k8s:team=new"}
	syn := pkt{src: newIP, dst: netip.MustParseAddr("10.0.0.3"), proto: ir.ProtoTCP, sport: 41000, dport: 80}

	// Before: the address is world, as the evaluator says.
	got, _ := e.verdict(t, 300, ir.Ingress, syn.bytes())
	if want := p.DecideDirection(p.Policy(300, ir.Ingress), p.LookupIP(newIP), ir.ProtoTCP, 80, false); got != want.Verdict {
		t.Fatalf("before churn: got %v, want %v", got, want.Verdict)
	}
	e.clearCT(t)

	// The loader's view: the new identity's map entries, from the same
	// runtime functions codegen's tests use.
	m := runtime.MembershipForLabels(p, e.out.Layout, labels)
	if err := e.maps[runtime.MapMembership].Put(runtime.IdentityKey{Identity: uint32(newID)}, m); err != nil {
		t.Fatal(err)
	}
	if err := e.maps[runtime.MapIPCache4].Put(runtime.IPv4Key{Addr: newIP.As4()}, runtime.IPCacheValue{Identity: uint32(newID)}); err != nil {
		t.Fatal(err)
	}

	// The reference: the same Program with the identity added.
	q := tinyProgram()
	q.AddIdentity(newID, labels...)
	q.AddIPCache(netip.PrefixFrom(newIP, 32), newID)
	q.Normalize(false)
	for _, port := range []uint16{80, 8080, 443} {
		syn.dport = port
		want := q.DecideDirection(q.Policy(300, ir.Ingress), newID, ir.ProtoTCP, port, false)
		got, proxy := e.verdict(t, 300, ir.Ingress, syn.bytes())
		e.clearCT(t)
		if got != want.Verdict || proxy != want.ProxyPort {
			t.Errorf("after churn, port %d: got %v %d, want %v %d", port, got, proxy, want.Verdict, want.ProxyPort)
		}
		if port == 80 && got != ir.Allow {
			t.Errorf("the new app=a pod must be admitted on port 80 (evaluator: %v)", want.Verdict)
		}
	}
}
