package codegen

import (
	"net/netip"
	"testing"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// churnProgram is tinyProgram plus a selector and an entry that no
// identity of the Program matches (team=new), so a new pod can bring a
// membership bitset no existing identity has.
func churnProgram() *ir.Program {
	p := tinyProgram()
	team := p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.team", "new")))
	pol := &p.Policies[0]
	pol.Entries = append(pol.Entries, ir.Entry{ID: 4, Peer: team, Proto: ir.ProtoTCP, PortLo: 443, PortHi: 443, Verdict: ir.Allow})
	p.Normalize(false)
	return p
}

// churnPod is a pod that appears after the programs are loaded.
type churnPod struct {
	id     ir.Identity
	ip     netip.Addr
	labels []string
	// newGroup: under the hash strategy its bitset is new, so it needs a
	// group of its own and that group's decision rows.
	newGroup bool
}

// TestIdentityChurn admits new pods into loaded programs with map updates
// alone, under both strategies: the entries runtime.IdentityEntries
// returns (for the hash strategy a new bitset's group and decision rows,
// then the membership value) and the pod's ipcache entry. No program is
// regenerated or reloaded; the verdicts are the evaluator's on the Program
// with the pods added.
func TestIdentityChurn(t *testing.T) {
	pods := []churnPod{
		{400, netip.MustParseAddr("10.0.0.9"), []string{"k8s:app=a", "k8s:team=old"}, false}, // the bitset of app=a (256)
		{401, netip.MustParseAddr("10.0.0.10"), []string{"k8s:app=a", "k8s:team=new"}, true},
		{402, netip.MustParseAddr("10.0.0.11"), []string{"k8s:team=new"}, true},
	}
	for _, s := range []runtime.Strategy{runtime.StrategyTree, runtime.StrategyHash} {
		t.Run(s.String(), func(t *testing.T) {
			p := churnProgram()
			e := newEnv(t, p, Options{Strategy: s})
			if got := e.out.Objects[0].Programs[0].Strategy; got != s {
				t.Fatalf("program uses %v", got)
			}
			// Before: the addresses are world, as the evaluator says.
			e.checkChurn(t, p, pods)
			groups := runtime.GroupsOf(p, e.out.Layout)
			q := churnProgram()
			for _, pod := range pods {
				entries := runtime.IdentityEntries(p, e.out.Layout, groups, pod.id, pod.labels)
				rows := 0
				for _, en := range entries {
					if en.Map == runtime.MapDecisions {
						rows++
					}
					if err := e.maps[en.Map].Put(en.Key, en.Value); err != nil {
						t.Fatalf("pod %d: %s: %v", pod.id, en.Map, err)
					}
				}
				if wantRows := s == runtime.StrategyHash && pod.newGroup; (rows > 0) != wantRows {
					t.Errorf("pod %d: %d decision rows; a new group needs rows, a known one none", pod.id, rows)
				}
				member := entries[len(entries)-1].Value.(runtime.Membership)
				ipc := runtime.IPCacheEntryOf(netip.PrefixFrom(pod.ip, 32), pod.id, member)
				if err := e.maps[ipc.Map].Put(ipc.Key, ipc.Value); err != nil {
					t.Fatal(err)
				}
				q.AddIdentity(pod.id, pod.labels...)
				q.AddIPCache(netip.PrefixFrom(pod.ip, 32), pod.id)
			}
			q.Normalize(false)
			e.checkChurn(t, q, pods)
			// The pods' allowed ports, stated independently of the evaluator.
			want := map[ir.Identity][]uint16{400: {80}, 401: {80, 443}, 402: {443}}
			for _, pod := range pods {
				for _, port := range want[pod.id] {
					syn := pkt{src: pod.ip, dst: netip.MustParseAddr("10.0.0.3"), proto: ir.ProtoTCP, sport: 41000, dport: port}
					got, _ := e.verdict(t, 300, ir.Ingress, syn.bytes())
					e.clearCT(t)
					if got != ir.Allow {
						t.Errorf("pod %d port %d: %v, want allow", pod.id, port, got)
					}
				}
			}
		})
	}
}

// checkChurn checks the pods' packets on a few ports against the evaluator
// of reference Program q.
func (e *env) checkChurn(t *testing.T, q *ir.Program, pods []churnPod) {
	t.Helper()
	for _, pod := range pods {
		for _, port := range []uint16{80, 443, 8080, 9999} {
			syn := pkt{src: pod.ip, dst: netip.MustParseAddr("10.0.0.3"), proto: ir.ProtoTCP, sport: 41000, dport: port}
			want := q.DecideDirection(q.Policy(300, ir.Ingress), q.LookupIP(pod.ip), ir.ProtoTCP, port, false)
			got, proxy := e.verdict(t, 300, ir.Ingress, syn.bytes())
			e.clearCT(t)
			if got != want.Verdict || proxy != want.ProxyPort {
				t.Errorf("pod %d port %d: got %v %d, want %v %d", pod.id, port, got, proxy, want.Verdict, want.ProxyPort)
			}
		}
	}
}
