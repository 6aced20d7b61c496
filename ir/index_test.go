package ir

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
)

// TestIdentityIndexAgreesWithSelects pins the index against the direct
// reading: for random identity tables (several sources per key, cidr
// labels, labels without a source) and random selectors over every
// operator, Select returns exactly the identities Selects accepts, in
// table order.
func TestIdentityIndexAgreesWithSelects(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 11)), 13))
	for round := range 200 {
		table := randomTable(r)
		x := NewIdentityIndex(table)
		for range 50 {
			s := randomIndexSelector(r)
			var want []Identity
			for _, id := range table {
				if s.Selects(id.Labels) {
					want = append(want, id.ID)
				}
			}
			if got := x.Select(&s); !slices.Equal(got, want) {
				t.Fatalf("round %d: selector %s: index gives %v, Selects gives %v", round, s.Text, got, want)
			}
		}
	}
}

var (
	indexSources = []string{"k8s", "any", "reserved", "container", "cidr"}
	indexKeys    = []string{"app", "tier", "host", "world", "io.kubernetes.pod.namespace"}
	indexValues  = []string{"", "a", "b", "c"}
	indexCIDRs   = []string{"10.0.0.0/8", "10.1.0.0/16", "10.1.2.3/32", "192.168.0.0/24", "0.0.0.0/0", "fd00--0/8", "fd00--1/128", "not-a-prefix"}
)

func randomTable(r *rand.Rand) []IdentityInfo {
	var table []IdentityInfo
	for i := range 1 + r.IntN(30) {
		var ls []string
		for range r.IntN(5) {
			switch r.IntN(6) {
			case 0:
				ls = append(ls, "cidr:"+pick(r, indexCIDRs)+"=")
			case 1:
				ls = append(ls, pick(r, indexKeys)+"="+pick(r, indexValues)) // no source: unspec
			default:
				ls = append(ls, pick(r, indexSources)+":"+pick(r, indexKeys)+"="+pick(r, indexValues))
			}
		}
		slices.Sort(ls)
		table = append(table, IdentityInfo{ID: Identity(100 + 3*i), Labels: slices.Compact(ls)})
	}
	// The world family (9, 10) is selected through world's labels too.
	for i, l := range []string{"reserved:world-ipv4=", "reserved:world-ipv6="} {
		if r.IntN(2) == 0 {
			table = append(table, IdentityInfo{ID: Identity(1000 + i), Labels: []string{l}})
		}
	}
	return table
}

func randomIndexSelector(r *rand.Rand) Selector {
	if r.IntN(20) == 0 {
		return NoneSelector()
	}
	var reqs []Requirement
	for range r.IntN(4) {
		op := RequirementOp(r.IntN(4))
		key := pick(r, indexSources) + "." + pick(r, indexKeys)
		switch r.IntN(5) {
		case 0:
			key = "cidr." + pick(r, indexCIDRs)
		case 1:
			key = pick(r, indexKeys) // no source: any
		}
		var vals []string
		for range r.IntN(3) {
			vals = append(vals, pick(r, indexValues))
		}
		if op == OpExists || op == OpDoesNotExist {
			vals = nil
		}
		reqs = append(reqs, Req(key, op, vals...))
	}
	return NewSelector(reqs...)
}

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

// BenchmarkResolveSelectors resolves 2,000 selectors against 20,000
// identities (the scale of the largest `make bench` cluster).
func BenchmarkResolveSelectors(b *testing.B) {
	p := &Program{}
	for i := range 20_000 {
		p.Identities = append(p.Identities, IdentityInfo{ID: MinGlobalIdentity + Identity(i), Labels: []string{
			fmt.Sprintf("k8s:app=app%d", i), fmt.Sprintf("k8s:io.kubernetes.pod.namespace=ns%d", i%50),
			fmt.Sprintf("k8s:team=team%d", i%200), fmt.Sprintf("k8s:tier=t%d", i%7)}})
	}
	for i := range 2000 {
		p.AddSelector(NewSelector(LabelEq("any.team", fmt.Sprintf("team%d", i%200)), LabelEq("k8s.io.kubernetes.pod.namespace", fmt.Sprintf("ns%d", i%50))))
	}
	for b.Loop() {
		p.ResolveSelectors()
	}
}
