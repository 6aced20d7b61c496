package bench

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"slices"

	"github.com/policyc/policyc/ir"
)

// Synthetic is a generated ir.Program whose subject's ingress policy has
// Rules entries, and the identities of the benchmark scenarios' peers.
type Synthetic struct {
	Program *ir.Program
	Subject ir.Identity
	Rules   int
	// Allowed, Denied: pod peers at the addresses of the allow and deny
	// scenario flows. WorldCIDR4/6: CIDR identities of worldCIDR(family).
	Allowed, Denied, WorldCIDR4, WorldCIDR6 ir.Identity
}

// synthSizes returns the identity, selector and CIDR counts for n rules:
// big policies reuse selectors, as real clusters do.
func synthSizes(n int) (idents, sels, cidrs int) {
	return clamp(n/4, 64, 4000), clamp(n/8, 8, 2000), clamp(n/20, 2, 1000)
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

// common ports the generator draws from, as real policies do.
func commonPorts() []uint16 {
	return []uint16{53, 80, 443, 3306, 5432, 6379, 8000, 8443, 9090, 9093, 9100, 15090, 27017}
}

// Synthesize generates a dual-stack Program for n rules: identities with
// app/team/tier/namespace labels, peer selectors over them (team+namespace,
// tier sets, app lists) and over CIDR identities; entries with single
// ports, port ranges, whole-protocol and L3-only rules, and ~5% deny. The
// allowed peer reaches TCP 8080 through its own rule, the denied peer
// matches no allow rule (default deny), the CIDR peers are allowed by CIDR
// rules. The verdicts are checked with the reference evaluator.
func Synthesize(n int, rng *rand.Rand) (*Synthetic, error) {
	if n < 4 {
		return nil, fmt.Errorf("synthesize: %d rules, need at least 4", n)
	}
	nID, nSel, nCIDR := synthSizes(n)
	s := &Synthetic{Program: &ir.Program{DualStack: true}, Rules: n,
		Subject: ir.MinGlobalIdentity, Allowed: ir.MinGlobalIdentity + 1, Denied: ir.MinGlobalIdentity + 2}
	p := s.Program
	s.addIdentities(nID)
	s.addCIDRs(nCIDR, rng)
	sels := s.addSelectors(nSel, nID, nCIDR, rng)
	resolve(p)
	if err := s.addEntries(n, sels, rng); err != nil {
		return nil, err
	}
	slices.SortFunc(p.IPCache, func(a, b ir.IPCacheEntry) int {
		return cmp.Or(ir.ComparePrefixes(a.Prefix, b.Prefix), cmp.Compare(a.Identity, b.Identity))
	})
	return s, s.check()
}

func (s *Synthetic) addIdentities(n int) {
	p := s.Program
	for i := 0; i < n; i++ {
		id := ir.MinGlobalIdentity + ir.Identity(i)
		ns, team, tier := fmt.Sprintf("ns%d", i%20), fmt.Sprintf("team%d", i%50), []string{"web", "api", "db", "cache"}[i%4]
		if id == s.Denied {
			ns, team, tier = "isolated", "none", "none"
		}
		p.Identities = append(p.Identities, ir.IdentityInfo{ID: id, Labels: sortedLabels(
			"k8s:app=app"+fmt.Sprint(i), "k8s:team="+team, "k8s:tier="+tier, "k8s:io.kubernetes.pod.namespace="+ns)})
		v4 := netip.AddrFrom4([4]byte{10, 200 + byte(i>>16), byte(i >> 8), byte(i)})
		v6 := netip.AddrFrom16([16]byte{0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xc8, byte(i >> 8), byte(i)})
		switch id {
		case s.Subject:
			v4, v6 = podFlow4.Dst, podFlow6.Dst
			p.Endpoints = append(p.Endpoints, ir.Endpoint{Name: "ns0/subject", Namespace: "ns0", Identity: id, IPs: []netip.Addr{v4, v6}})
		case s.Allowed:
			v4, v6 = podFlow4.Src, podFlow6.Src
		case s.Denied:
			v4, v6 = podFlow4.Src.Next(), podFlow6.Src.Next()
		}
		p.AddIPCache(netip.PrefixFrom(v4, 32), id)
		p.AddIPCache(netip.PrefixFrom(v6, 128), id)
	}
}

// addCIDRs adds n CIDR identities per family (local scope), the first of
// each family being the world-CIDR scenario's prefix.
func (s *Synthetic) addCIDRs(n int, rng *rand.Rand) {
	p := s.Program
	seen := map[netip.Prefix]bool{}
	next := ir.IdentityScopeLocal + 1
	for _, fam := range families() {
		for i := 0; i < n; i++ {
			pfx := worldCIDR(fam)
			if i > 0 {
				pfx = randomWorldPrefix(fam, rng).Masked()
			}
			overlaps := pfx.Overlaps(worldCIDR(fam))
			if seen[pfx] || (i > 0 && overlaps) {
				continue
			}
			seen[pfx] = true
			p.Identities = append(p.Identities, ir.IdentityInfo{ID: next, Labels: sortedLabels("cidr:"+ir.CIDRLabelKey(pfx), "reserved:world")})
			p.AddIPCache(pfx, next)
			if i == 0 && fam == "ipv4" {
				s.WorldCIDR4 = next
			} else if i == 0 {
				s.WorldCIDR6 = next
			}
			next++
		}
	}
}

func sortedLabels(ls ...string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = ir.ParseLabel(l).String()
	}
	slices.Sort(out)
	return out
}

// addSelectors adds n selectors and returns their IDs; the first four are
// the scenario selectors (allowed pod, v4 CIDR, v6 CIDR, a wide tier set).
func (s *Synthetic) addSelectors(n, nID, nCIDR int, rng *rand.Rand) []ir.SelectorID {
	p := s.Program
	add := func(reqs ...ir.Requirement) ir.SelectorID {
		sel := ir.NewSelector(reqs...)
		sel.ID = ir.SelectorID(len(p.Selectors))
		p.Selectors = append(p.Selectors, sel)
		return sel.ID
	}
	nsKey := "k8s.io.kubernetes.pod.namespace"
	ids := []ir.SelectorID{
		add(ir.LabelEq("k8s.app", "app1"), ir.LabelEq(nsKey, "ns1")),
		add(ir.Req("cidr."+ir.CIDRLabelKey(worldCIDR("ipv4")), ir.OpExists)),
		add(ir.Req("cidr."+ir.CIDRLabelKey(worldCIDR("ipv6")), ir.OpExists)),
	}
	seen := map[string]bool{}
	for _, id := range ids {
		seen[p.Selectors[id].Text] = true
	}
	cidrLabels := s.cidrKeys()
	for len(ids) < n {
		var sel ir.Selector
		switch r := rng.IntN(20); {
		case r < 10:
			sel = ir.NewSelector(ir.LabelEq("k8s.team", fmt.Sprintf("team%d", rng.IntN(50))), ir.LabelEq(nsKey, fmt.Sprintf("ns%d", rng.IntN(20))))
		case r < 13:
			sel = ir.NewSelector(ir.Req("k8s.tier", ir.OpIn, "web", []string{"api", "db", "cache"}[rng.IntN(3)]))
		case r < 17:
			sel = ir.NewSelector(ir.Req("k8s.app", ir.OpIn, fmt.Sprintf("app%d", 3+rng.IntN(nID)), fmt.Sprintf("app%d", 3+rng.IntN(nID)), fmt.Sprintf("app%d", 3+rng.IntN(nID))))
		default:
			sel = ir.NewSelector(ir.Req("cidr."+cidrLabels[rng.IntN(len(cidrLabels))], ir.OpExists))
		}
		if seen[sel.Text] {
			continue
		}
		seen[sel.Text] = true
		ids = append(ids, add(sel.Requirements...))
	}
	return ids
}

// cidrKeys returns the cidr label keys of the CIDR identities, in order.
func (s *Synthetic) cidrKeys() []string {
	var keys []string
	for _, id := range s.Program.Identities {
		for _, l := range id.Labels {
			if pl := ir.ParseLabel(l); pl.Source == "cidr" {
				keys = append(keys, pl.Key)
			}
		}
	}
	return keys
}

// resolve fills Selector.Matches (as ir.Program.ResolveSelectors does, with
// labels parsed once: that is quadratic work for big programs).
func resolve(p *ir.Program) {
	slices.SortFunc(p.Identities, func(a, b ir.IdentityInfo) int { return cmp.Compare(a.ID, b.ID) })
	parsed := make([][]ir.Label, len(p.Identities))
	for i, id := range p.Identities {
		for _, l := range id.Labels {
			parsed[i] = append(parsed[i], ir.ParseLabel(l))
		}
	}
	for i := range p.Selectors {
		sel := &p.Selectors[i]
		for j, id := range p.Identities {
			if sel.SelectsParsed(parsed[j]) {
				sel.Matches = append(sel.Matches, id.ID)
			}
		}
	}
}

// addEntries adds the subject's ingress policy: three scenario rules and
// n-3 generated ones. Deny rules never name a selector that matches a
// scenario peer, so the scenario verdicts hold by construction.
func (s *Synthetic) addEntries(n int, sels []ir.SelectorID, rng *rand.Rand) error {
	p := s.Program
	entry := func(peer ir.SelectorID, proto uint8, lo, hi uint16, v ir.Verdict) ir.Entry {
		return ir.Entry{Peer: peer, Proto: proto, PortLo: lo, PortHi: hi, Verdict: v,
			Origins: []ir.Origin{{Policy: fmt.Sprintf("bench/p%d", rng.IntN(max(n/10, 1))), Kind: "CiliumNetworkPolicy"}}}
	}
	dport := podFlow4.DstPort
	es := []ir.Entry{
		entry(sels[0], ir.ProtoTCP, dport, dport, ir.Allow),
		entry(sels[1], ir.ProtoTCP, dport, dport, ir.Allow),
		entry(sels[2], ir.ProtoTCP, dport, dport, ir.Allow),
	}
	ports := commonPorts()
	for len(es) < n {
		peer := sels[3+rng.IntN(len(sels)-3)]
		proto := ir.ProtoTCP
		if rng.IntN(4) == 0 {
			proto = ir.ProtoUDP
		}
		lo := ports[rng.IntN(len(ports))]
		if rng.IntN(2) == 0 {
			lo = uint16(1024 + rng.IntN(60000))
		}
		hi := lo
		switch r := rng.IntN(100); {
		case r < 10: // port range (endPort)
			hi = lo + uint16(1+rng.IntN(100))
		case r < 13: // every port of the protocol
			lo, hi = 0, 65535
		case r < 15: // L3-only
			proto, lo, hi = ir.ProtoAny, 0, 65535
		}
		v := ir.Allow
		if rng.IntN(20) == 0 {
			if s.selectsScenarioPeer(peer) {
				continue
			}
			v = ir.Deny
		}
		es = append(es, entry(peer, proto, lo, hi, v))
	}
	ir.SortEntries(es)
	for i := range es {
		es[i].ID = uint32(i + 1)
	}
	p.Policies = []ir.Policy{{Subject: s.Subject, Direction: ir.Ingress, Enforced: true, Entries: es}}
	return nil
}

func (s *Synthetic) selectsScenarioPeer(sel ir.SelectorID) bool {
	m := s.Program.Selectors[sel].Matches
	return slices.Contains(m, s.Allowed) || slices.Contains(m, s.WorldCIDR4) || slices.Contains(m, s.WorldCIDR6)
}

// ScenarioPeer returns the peer identity and the expected ingress verdict
// of a scenario.
func (s *Synthetic) ScenarioPeer(scenario, family string) (ir.Identity, ir.Verdict) {
	switch scenario {
	case ScenarioNewDeny:
		return s.Denied, ir.Deny
	case ScenarioWorldCIDR:
		if family == "ipv6" {
			return s.WorldCIDR6, ir.Allow
		}
		return s.WorldCIDR4, ir.Allow
	}
	return s.Allowed, ir.Allow
}

// check confirms with the reference evaluator that every scenario flow's
// peer resolves as intended and gets the intended verdict.
func (s *Synthetic) check() error {
	p := s.Program
	pol := p.Policy(s.Subject, ir.Ingress)
	for _, fam := range families() {
		for _, sc := range Scenarios() {
			f := scenarioFlowFor(fam, sc)
			peer, want := s.ScenarioPeer(sc, fam)
			if got := p.LookupIP(f.Src); got != peer {
				return fmt.Errorf("synthesize: %s/%s: %s resolves to %d, want %d", sc, fam, f.Src, got, peer)
			}
			if got := p.LookupIP(f.Dst); got != s.Subject {
				return fmt.Errorf("synthesize: %s/%s: destination %s resolves to %d", sc, fam, f.Dst, got)
			}
			d := p.DecideDirection(pol, peer, ir.ProtoTCP, f.DstPort, false)
			if d.Verdict != want {
				return fmt.Errorf("synthesize: %s/%s: evaluator says %s, want %s", sc, fam, d.Verdict, want)
			}
		}
	}
	return nil
}
