package ir

import (
	"math/rand/v2"
	"net/netip"
	"path/filepath"
	"slices"
	"testing"

	"github.com/policyc/policyc/internal/testutils"
)

// Identities of the hand-built test program.
const (
	idDeathstar  Identity = 300
	idTiefighter Identity = 301
	idXwing      Identity = 302
	idCIDR       Identity = IdentityScopeLocal | 1
)

// testProgram builds a small Star-Wars-like program by hand.
func testProgram() *Program {
	p := &Program{}
	p.AddIdentity(IdentityHost, "reserved:host")
	p.AddIdentity(IdentityWorld, "reserved:world")
	p.AddIdentity(IdentityRemoteNode, "reserved:remote-node")
	p.AddIdentity(idDeathstar, "k8s:org=empire", "k8s:class=deathstar", "k8s:io.kubernetes.pod.namespace=default")
	p.AddIdentity(idTiefighter, "k8s:org=empire", "k8s:class=tiefighter", "k8s:io.kubernetes.pod.namespace=default")
	p.AddIdentity(idXwing, "k8s:org=alliance", "k8s:class=xwing", "k8s:io.kubernetes.pod.namespace=default")
	p.AddIdentity(idCIDR, "cidr:192.0.2.0/24", "reserved:world")
	p.AddIPCache(netip.MustParsePrefix("10.0.0.1/32"), idDeathstar)
	p.AddIPCache(netip.MustParsePrefix("10.0.0.2/32"), idTiefighter)
	p.AddIPCache(netip.MustParsePrefix("10.0.0.3/32"), idXwing)
	p.AddIPCache(netip.MustParsePrefix("192.0.2.0/24"), idCIDR)
	p.Endpoints = []Endpoint{
		{Name: "default/deathstar", Namespace: "default", Identity: idDeathstar, IPs: []netip.Addr{netip.MustParseAddr("10.0.0.1")}, Interface: "lxcds", NamedPorts: map[string]uint16{"http": 80}},
		{Name: "default/tiefighter", Namespace: "default", Identity: idTiefighter, IPs: []netip.Addr{netip.MustParseAddr("10.0.0.2")}},
	}
	empire := p.AddSelector(NewSelector(LabelEq("k8s.org", "empire"), LabelEq("k8s.io.kubernetes.pod.namespace", "default")))
	host := p.AddSelector(NewSelector(Req("reserved.host", OpExists)))
	world := p.AddSelector(NewSelector(Req("reserved.world", OpExists)))
	all := p.AddSelector(WildcardSelector())
	o := []Origin{{Policy: "default/rule1", Kind: "CiliumNetworkPolicy", Pos: Pos{File: "sw.yaml", Line: 10, Col: 5, Path: "spec.ingress[0]"}}}
	p.Policies = []Policy{
		{Subject: idDeathstar, Direction: Ingress, Enforced: true, Entries: []Entry{
			{Peer: empire, Proto: ProtoTCP, PortLo: 80, PortHi: 80, Verdict: Redirect, ProxyPort: 15002, ProxyPriority: 1,
				L7: &L7Policy{Parser: "http", Rules: []byte(`[{"method":"POST","path":"/v1/request-landing"}]`)}, Origins: o},
			{Peer: host, Proto: ProtoAny, PortHi: 65535, Verdict: Allow, Origins: []Origin{{Kind: "default", Policy: "localhost"}}},
			{Peer: all, Proto: ProtoTCP, PortLo: 7000, PortHi: 7999, Verdict: Allow, Origins: o},
			{Peer: all, Proto: ProtoTCP, PortLo: 7777, PortHi: 7777, Verdict: Deny, Origins: o},
		}},
		{Subject: idTiefighter, Direction: Egress, Enforced: true, Entries: []Entry{
			{Peer: empire, Proto: ProtoAny, PortHi: 65535, Verdict: Allow, Origins: o},
			{Peer: world, Proto: ProtoUDP, PortLo: 53, PortHi: 53, Verdict: Redirect, ProxyPort: 15053, ProxyPriority: 1, Origins: o},
		}},
		{Subject: idXwing, Direction: Egress, Enforced: false, Entries: []Entry{
			{Peer: world, Proto: ProtoAny, PortHi: 65535, Verdict: Deny, Origins: o},
		}},
	}
	p.Normalize(true)
	return p
}

func TestDecide(t *testing.T) {
	p := testProgram()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		f         Flow
		want      Verdict
		proxyPort uint16
	}{
		{"tiefighter to deathstar:80 redirects", Flow{Src: idTiefighter, Dst: idDeathstar, Proto: ProtoTCP, DPort: 80}, Redirect, 15002},
		{"xwing to deathstar:80 denied by default", Flow{Src: idXwing, Dst: idDeathstar, Proto: ProtoTCP, DPort: 80}, Deny, 0},
		{"tiefighter to deathstar:8080 denied", Flow{Src: idTiefighter, Dst: idDeathstar, Proto: ProtoTCP, DPort: 8080}, Deny, 0},
		{"host to deathstar any port", Flow{Src: IdentityHost, Dst: idDeathstar, Proto: ProtoUDP, DPort: 9}, Allow, 0},
		{"host to deathstar icmp", Flow{Src: IdentityHost, Dst: idDeathstar, Proto: ProtoICMP, DPort: 8}, Allow, 0},
		{"range allows world", Flow{Src: IdentityWorld, Dst: idDeathstar, Proto: ProtoTCP, DPort: 7001}, Allow, 0},
		{"deny inside range wins", Flow{Src: IdentityWorld, Dst: idDeathstar, Proto: ProtoTCP, DPort: 7777}, Deny, 0},
		{"range is tcp only", Flow{Src: IdentityWorld, Dst: idDeathstar, Proto: ProtoUDP, DPort: 7001}, Deny, 0},
		{"egress L3 allow then ingress", Flow{Src: idTiefighter, Dst: idDeathstar, Proto: ProtoTCP, DPort: 7001}, Allow, 0},
		{"egress to world not allowed", Flow{Src: idTiefighter, Dst: IdentityWorld, Proto: ProtoTCP, DPort: 443}, Deny, 0},
		{"egress dns redirect", Flow{Src: idTiefighter, Dst: IdentityWorld, Proto: ProtoUDP, DPort: 53}, Redirect, 15053},
		{"egress dns redirect to cidr identity", Flow{Src: idTiefighter, Dst: idCIDR, Proto: ProtoUDP, DPort: 53}, Redirect, 15053},
		{"not enforced allows", Flow{Src: idXwing, Dst: idTiefighter, Proto: ProtoTCP, DPort: 1}, Allow, 0},
		{"not enforced still denies", Flow{Src: idXwing, Dst: IdentityWorld, Proto: ProtoTCP, DPort: 1}, Deny, 0},
		{"fragment matches only wildcard ports", Flow{Src: IdentityWorld, Dst: idDeathstar, Proto: ProtoTCP, DPort: 7001, Fragment: true}, Deny, 0},
		{"fragment matches L3-only", Flow{Src: idTiefighter, Dst: idTiefighter, Proto: ProtoTCP, Fragment: true}, Allow, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := p.Decide(c.f)
			if d.Verdict != c.want || d.ProxyPort != c.proxyPort {
				t.Errorf("Decide(%+v) = %v proxy %d, want %v proxy %d\negress: %+v\ningress: %+v", c.f, d.Verdict, d.ProxyPort, c.want, c.proxyPort, d.Egress, d.Ingress)
			}
		})
	}
}

func TestRedirectPrecedence(t *testing.T) {
	p := &Program{}
	p.AddIdentity(idTiefighter, "k8s:app=x")
	all := p.AddSelector(WildcardSelector())
	p.Policies = []Policy{{Subject: idDeathstar, Direction: Ingress, Enforced: true, Entries: []Entry{
		{ID: 1, Peer: all, Proto: ProtoTCP, PortLo: 80, PortHi: 80, Verdict: Allow},
		{ID: 2, Peer: all, Proto: ProtoTCP, PortLo: 80, PortHi: 80, Verdict: Redirect, ProxyPort: 15002, ProxyPriority: 1},
		{ID: 3, Peer: all, Proto: ProtoTCP, PortLo: 80, PortHi: 80, Verdict: Redirect, ProxyPort: 15001, ProxyPriority: 1},
		{ID: 4, Peer: all, Proto: ProtoTCP, PortLo: 0, PortHi: 65535, Verdict: Redirect, ProxyPort: 16000, ProxyPriority: 255 - 10},
	}}}
	d := p.DecideDirection(p.Policy(idDeathstar, Ingress), idTiefighter, ProtoTCP, 80, false)
	if d.Verdict != Redirect || d.ProxyPort != 16000 || d.Entry != 4 {
		t.Fatalf("listener priority should win: %+v", d)
	}
	p.Policies[0].Entries = p.Policies[0].Entries[:3]
	d = p.DecideDirection(p.Policy(idDeathstar, Ingress), idTiefighter, ProtoTCP, 80, false)
	if d.Verdict != Redirect || d.ProxyPort != 15001 || d.Entry != 3 {
		t.Fatalf("lowest proxy port should win among equal priorities: %+v", d)
	}
	if !slices.Equal(d.Matched, []uint32{1, 2, 3}) {
		t.Errorf("Matched = %v", d.Matched)
	}
}

func TestLookupIP(t *testing.T) {
	p := testProgram()
	cases := map[string]Identity{
		"10.0.0.1":        idDeathstar,
		"192.0.2.77":      idCIDR,
		"198.51.100.1":    IdentityWorld,
		"::ffff:10.0.0.2": idTiefighter,
	}
	for ip, want := range cases {
		if got := p.LookupIP(netip.MustParseAddr(ip)); got != want {
			t.Errorf("LookupIP(%s) = %d, want %d", ip, got, want)
		}
	}
	p.DualStack = true
	if got := p.LookupIP(netip.MustParseAddr("2001:db8::1")); got != IdentityWorldIPv6 {
		t.Errorf("dual-stack v6 world = %d", got)
	}
	if got := p.LookupIP(netip.MustParseAddr("198.51.100.1")); got != IdentityWorldIPv4 {
		t.Errorf("dual-stack v4 world = %d", got)
	}
}

func TestResolveSelectorsAgreesWithSelects(t *testing.T) {
	p := testProgram()
	for _, s := range p.Selectors {
		for _, id := range p.Identities {
			_, in := slices.BinarySearch(s.Matches, id.ID)
			if in != s.Selects(id.Labels) {
				t.Errorf("selector %s: Matches has %d = %v, Selects = %v", s.Text, id.ID, in, !in)
			}
		}
	}
}

func TestPrintGolden(t *testing.T) {
	p := testProgram()
	got := p.String()
	testutils.Golden(t, filepath.Join("testdata", "print.golden"), []byte(got))
	if again := testProgram().String(); again != got {
		t.Error("printing is not deterministic")
	}
	js, err := p.MarshalJSONIndent()
	if err != nil {
		t.Fatal(err)
	}
	testutils.Golden(t, filepath.Join("testdata", "print.json.golden"), append(js, '\n'))
}

// randomProgram builds a random enforced policy set over a few identities.
func randomProgram(r *rand.Rand) *Program {
	p := &Program{}
	for i := range 6 {
		p.AddIdentity(Identity(300+i), "k8s:app=a"+string(rune('0'+i%3)), "k8s:tier=t"+string(rune('0'+i%2)))
	}
	p.AddIdentity(IdentityWorld, "reserved:world")
	sels := []Selector{WildcardSelector(), NewSelector(LabelEq("k8s.app", "a0")), NewSelector(LabelEq("k8s.tier", "t1")),
		NewSelector(Req("reserved.world", OpExists)), NewSelector(Req("k8s.app", OpNotIn, "a1"))}
	for _, s := range sels {
		p.AddSelector(s)
	}
	for subj := range 3 {
		for _, dir := range []Direction{Ingress, Egress} {
			pol := Policy{Subject: Identity(300 + subj), Direction: dir, Enforced: r.IntN(4) > 0}
			for range r.IntN(5) {
				pol.Entries = append(pol.Entries, randomEntry(r, len(sels)))
			}
			p.Policies = append(p.Policies, pol)
		}
	}
	p.Normalize(true)
	return p
}

func randomEntry(r *rand.Rand, nsel int) Entry {
	e := Entry{Peer: SelectorID(r.IntN(nsel)), Verdict: Verdict(r.IntN(3))}
	switch r.IntN(4) {
	case 0:
		e.Proto, e.PortHi = ProtoAny, 65535
	case 1:
		e.Proto, e.PortLo, e.PortHi = ProtoTCP, 0, 65535
	default:
		e.Proto = []uint8{ProtoTCP, ProtoUDP, ProtoICMP}[r.IntN(3)]
		e.PortLo = uint16(r.IntN(4))
		e.PortHi = e.PortLo + uint16(r.IntN(3))
	}
	if e.Verdict == Redirect {
		e.ProxyPort, e.ProxyPriority = uint16(15000+r.IntN(3)), 1
	}
	return e
}

func randomFlows(r *rand.Rand, n int) []Flow {
	ids := []Identity{300, 301, 302, 303, 304, 305, IdentityWorld}
	flows := make([]Flow, n)
	for i := range flows {
		flows[i] = Flow{Src: ids[r.IntN(len(ids))], Dst: ids[r.IntN(len(ids))],
			Proto: []uint8{ProtoTCP, ProtoUDP, ProtoICMP, ProtoSCTP}[r.IntN(4)], DPort: uint16(r.IntN(6)), Fragment: r.IntN(10) == 0}
	}
	return flows
}

// TestPropertyAddAllow: adding an allow entry to an already enforced policy
// never turns an allowed (or redirected) flow into a denied one.
func TestPropertyAddAllow(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 1)), 3))
	for range 300 {
		p := randomProgram(r)
		flows := randomFlows(r, 50)
		before := decideAll(p, flows)
		i := r.IntN(len(p.Policies))
		if !p.Policies[i].Enforced {
			continue
		}
		e := randomEntry(r, len(p.Selectors))
		e.Verdict = Allow
		p.Policies[i].Entries = append(p.Policies[i].Entries, e)
		p.Normalize(true)
		for j, d := range decideAll(p, flows) {
			if before[j] != Deny && d == Deny {
				t.Fatalf("adding allow %+v turned %+v from %v into deny\n%s", e, flows[j], before[j], p)
			}
		}
	}
}

// TestPropertyDenyNeverOpens: adding a deny entry never turns a denied flow
// into an allowed one, and never creates a redirect.
func TestPropertyDenyNeverOpens(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 2)), 5))
	for range 300 {
		p := randomProgram(r)
		flows := randomFlows(r, 50)
		before := decideAll(p, flows)
		i := r.IntN(len(p.Policies))
		e := randomEntry(r, len(p.Selectors))
		e.Verdict, e.ProxyPort, e.ProxyPriority = Deny, 0, 0
		p.Policies[i].Entries = append(p.Policies[i].Entries, e)
		p.Normalize(true)
		for j, d := range decideAll(p, flows) {
			if before[j] == Deny && d != Deny {
				t.Fatalf("adding deny %+v opened %+v\n%s", e, flows[j], p)
			}
			if before[j] != Redirect && d == Redirect {
				t.Fatalf("adding deny %+v created a redirect for %+v", e, flows[j])
			}
		}
	}
}

// TestPropertyEnforcementOnlyCloses: turning enforcement on never opens a
// flow that was denied.
func TestPropertyEnforcementOnlyCloses(t *testing.T) {
	r := rand.New(rand.NewPCG(uint64(testutils.Seed(t, 3)), 7))
	for range 300 {
		p := randomProgram(r)
		flows := randomFlows(r, 50)
		before := decideAll(p, flows)
		for i := range p.Policies {
			p.Policies[i].Enforced = true
		}
		for j, d := range decideAll(p, flows) {
			if before[j] == Deny && d != Deny {
				t.Fatalf("enforcing opened %+v", flows[j])
			}
		}
	}
}

func decideAll(p *Program, flows []Flow) []Verdict {
	out := make([]Verdict, len(flows))
	for i, f := range flows {
		out[i] = p.Decide(f).Verdict
	}
	return out
}
