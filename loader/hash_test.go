package loader_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/loader"
	"github.com/policyc/policyc/runtime"
)

// versionsPolicy writes a CNP giving the deathstar's TCP port 80 one rule
// per version label v0..v69 of empire ships, plus TCP 8080 for v1: with
// sw_l3_l4_policy.yaml's rule the deathstar's port-80 class has more than
// runtime.AutoHashClass candidates, so the automatic choice builds its
// ingress program with the hash strategy.
func versionsPolicy(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: versions}\nspec:\n")
	b.WriteString("  endpointSelector: {matchLabels: {org: empire, class: deathstar}}\n  ingress:\n")
	for i := 0; i < runtime.AutoHashClass+6; i++ {
		fmt.Fprintf(&b, "  - fromEndpoints: [{matchLabels: {org: empire, version: v%d}}]\n    toPorts: [{ports: [{port: \"80\", protocol: TCP}]}]\n", i)
	}
	b.WriteString("  - fromEndpoints: [{matchLabels: {version: v1}}]\n    toPorts: [{ports: [{port: \"8080\", protocol: TCP}]}]\n")
	path := filepath.Join(t.TempDir(), "versions.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func tiefighterVersion(v string, ip4, ip6 string) podSpec {
	return podSpec{"default/tiefighter-" + v, map[string]string{"org": "empire", "class": "tiefighter", "version": v}, []string{ip4, ip6}}
}

// groupOf returns an identity's group word from membership fills.
func groupOf(t *testing.T, kvs []loader.KV, id ir.Identity) uint32 {
	t.Helper()
	for _, kv := range kvs {
		if kv.Key == (runtime.IdentityKey{Identity: uint32(id)}) {
			m := kv.Value.(runtime.Membership)
			return m[len(m)-1]
		}
	}
	t.Fatalf("membership fills lack identity %d", id)
	return 0
}

// TestPlanHash: a bundle with a hash-strategy program gets the decision
// and port index maps filled from its node data; the bundle's identities
// keep the compiler's group ids; a new pod whose bitset an identity of the
// bundle has joins that group, one with a new bitset gets the next free
// group id and that group's decision rows.
func TestPlanHash(t *testing.T) {
	priv, _ := keys(t)
	built := buildBundle(t, 1, priv, filepath.Join(starwars, "sw_l3_l4_policy.yaml"), versionsPolicy(t))
	b, err := bundle.Read(bytes.NewReader(built.archive), bundle.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	l := runtime.LayoutOf(built.prog, runtime.Sizes{})
	deathstar := built.prog.LookupIP(addr4(starwarsPods()[0]))
	if _, _, ok := l.TableOf(deathstar, ir.Ingress); !ok {
		t.Fatal("the deathstar's ingress program does not use the hash strategy")
	}
	known := tiefighterVersion("v999", "10.0.1.40", "fd00:10::40") // no rule names v999: tiefighter's bitset
	fresh := tiefighterVersion("v3", "10.0.1.41", "fd00:10::41")   // rule v3: a bitset no bundle identity has
	g, view, err := loader.Plan(b, nodeFile(t, append(starwarsPods(), known, fresh), map[string]string{"default/deathstar-1": "lxcds1"}))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{runtime.MapDecisions, runtime.MapPortBlock, runtime.MapPortPage} {
		if len(g.Fills[m]) == 0 {
			t.Errorf("no fills for %s", m)
		}
	}
	if !strings.Contains(strings.Join(g.Refill, " "), runtime.MapDecisions) {
		t.Errorf("Refill %v lacks the decision map (its rows follow the node's identities)", g.Refill)
	}
	base := runtime.GroupsOf(built.prog, l)
	members := g.Fills[runtime.MapMembership]
	for _, id := range built.prog.Identities {
		want, _ := base.Lookup(runtime.MembershipOf(built.prog, l, id.ID))
		if got := groupOf(t, members, id.ID); got != want {
			t.Errorf("bundle identity %d: group %d, the compiler's %d", id.ID, got, want)
		}
	}
	if len(view.NewIdentities) != 2 {
		t.Fatalf("new identities %+v, want two", view.NewIdentities)
	}
	tie := built.prog.LookupIP(addr4(starwarsPods()[2]))
	var knownID, freshID ir.Identity
	for _, n := range view.NewIdentities {
		if strings.Contains(strings.Join(n.Labels, ","), "v999") {
			knownID = n.ID
		} else {
			freshID = n.ID
		}
	}
	if got, want := groupOf(t, members, knownID), groupOf(t, members, tie); got != want {
		t.Errorf("tiefighter-v999: group %d, want tiefighter's %d", got, want)
	}
	fg := groupOf(t, members, freshID)
	if fg < base.Len() {
		t.Errorf("tiefighter-v3: group %d, want a new one (>= %d)", fg, base.Len())
	}
	rows := 0
	for _, kv := range g.Fills[runtime.MapDecisions] {
		if kv.Key.(runtime.DecisionKey).Group == fg {
			rows++
		}
	}
	if rows == 0 {
		t.Error("tiefighter-v3's new group has no decision rows")
	}
	// Every ipcache value carries its identity's membership value, group
	// included (programs take it from there, not from the membership map).
	for _, m := range []string{runtime.MapIPCache4, runtime.MapIPCache6} {
		for _, kv := range g.Fills[m] {
			v := kv.Value.(runtime.IPCacheValue)
			if got, want := v.Membership()[len(v.Membership())-1], groupOf(t, members, ir.Identity(v.Identity())); got != want {
				t.Errorf("%s %v: group %d, its identity's membership %d", m, kv.Key, got, want)
			}
		}
	}
}

// TestE2EHashChurn applies a bundle whose deathstar ingress program uses
// the hash strategy to a node with real pods, then admits new pods by
// refreshing the node data only: one with a bitset the bundle knows, one
// with a new bitset (a new group and its decision rows), then replaces a
// departed pod's group by another pod's. Traffic through the attached
// programs matches the evaluator at every step, the programs are never
// reloaded, and a departed pod's group id is not reused while the maps are
// rewritten in place.
func TestE2EHashChurn(t *testing.T) {
	priv, pub := keys(t)
	built := buildBundle(t, 1, priv, filepath.Join(starwars, "sw_l3_l4_policy.yaml"), versionsPolicy(t))
	c := newCluster(t, pub)
	c.pods["deathstar-1"].ServeTCP(t, 8081)
	all := starwarsPods()
	res := c.apply(t, built.archive, c.nodeInv(t, all...))
	flows := append(starwarsFlows(), flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 8081})
	c.checkFlows(t, res.View.Program, flows)
	first := res.State

	v1 := tiefighterVersion("v1", "10.0.1.41", "fd00:10::41")     // rules v1 (port 80) and version=v1 (8080): a new bitset
	v999 := tiefighterVersion("v999", "10.0.1.42", "fd00:10::42") // tiefighter's bitset
	for _, p := range []podSpec{v1, v999} {
		c.addPod(t, p)
	}
	res = c.apply(t, built.archive, c.nodeInv(t, append(all, v1, v999)...))
	if res.State.GenDir != first.GenDir {
		t.Fatalf("identity churn reloaded the bundle (%s -> %s)", first.GenDir, res.State.GenDir)
	}
	for _, a := range first.Attachments {
		for _, b := range res.State.Attachments {
			if a.Interface == b.Interface && a.Hook == b.Hook && a.ProgramID != b.ProgramID {
				t.Errorf("%s %s: program changed on identity churn", a.Interface, a.Hook)
			}
		}
	}
	churn := append(flows,
		flow{"tiefighter-v1", "deathstar-1", ir.ProtoTCP, 80}, flow{"tiefighter-v1", "deathstar-1", ir.ProtoTCP, 8080},
		flow{"tiefighter-v1", "deathstar-1", ir.ProtoTCP, 8081}, flow{"tiefighter-v999", "deathstar-1", ir.ProtoTCP, 80},
		flow{"tiefighter-v999", "deathstar-1", ir.ProtoTCP, 8080})
	c.checkFlows(t, res.View.Program, churn)
	c.mustAllow(t, flow{"tiefighter-v1", "deathstar-1", ir.ProtoTCP, 8080})
	c.mustDeny(t, flow{"tiefighter-v999", "deathstar-1", ir.ProtoTCP, 8080})
	g1 := liveGroup(t, res, "v1")

	// v1 leaves and v2 (another new bitset) arrives in one refresh: v2 must
	// not get v1's group, whose rows are only pruned after the update.
	v2 := tiefighterVersion("v2", "10.0.1.43", "fd00:10::43")
	c.addPod(t, v2)
	res = c.apply(t, built.archive, c.nodeInv(t, append(all, v999, v2)...))
	if g2 := liveGroup(t, res, "v2"); g2 <= g1 {
		t.Errorf("tiefighter-v2 got group %d, not above the departed v1's %d", g2, g1)
	}
	c.checkFlows(t, res.View.Program, append(flows, flow{"tiefighter-v2", "deathstar-1", ir.ProtoTCP, 80},
		flow{"tiefighter-v2", "deathstar-1", ir.ProtoTCP, 8080}, flow{"tiefighter-v999", "deathstar-1", ir.ProtoTCP, 80}))
	if n := decisionRows(t, res.State.GenDir, g1); n != 0 {
		t.Errorf("%d decision rows of the departed group %d remain", n, g1)
	}
}

// liveGroup reads the group word of the new identity with version v from
// the pinned membership map.
func liveGroup(t *testing.T, res *loader.Result, v string) uint32 {
	t.Helper()
	var id ir.Identity
	for _, n := range res.View.NewIdentities {
		if strings.Contains(strings.Join(n.Labels, ","), "version="+v) {
			id = n.ID
		}
	}
	if id == 0 {
		t.Fatalf("no new identity with version %s in %+v", v, res.View.NewIdentities)
	}
	m, err := ebpf.LoadPinnedMap(filepath.Join(res.State.GenDir, "maps", runtime.MapMembership), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	val := make(runtime.Membership, m.ValueSize()/4)
	if err := m.Lookup(runtime.IdentityKey{Identity: uint32(id)}, &val); err != nil {
		t.Fatalf("membership of %d: %v", id, err)
	}
	return val[len(val)-1]
}

// decisionRows counts the pinned decision map's rows of a group.
func decisionRows(t *testing.T, genDir string, group uint32) int {
	t.Helper()
	m, err := ebpf.LoadPinnedMap(filepath.Join(genDir, "maps", runtime.MapDecisions), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	n := 0
	var k runtime.DecisionKey
	var v runtime.DecisionValue
	it := m.Iterate()
	for it.Next(&k, &v) {
		if k.Group == group {
			n++
		}
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}
