package compiler

import (
	"net/netip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/ir"
)

func TestPassOrder(t *testing.T) {
	index := map[string]int{}
	for i, p := range passes {
		if _, dup := index[p.name]; dup {
			t.Errorf("pass %q twice", p.name)
		}
		if p.fn == nil || p.doc == "" {
			t.Errorf("pass %q needs a function and a doc", p.name)
		}
		index[p.name] = i
	}
	for _, o := range passOrder {
		a, okA := index[o[0]]
		b, okB := index[o[1]]
		if !okA || !okB {
			t.Errorf("passOrder names unknown pass: %v", o)
			continue
		}
		if a >= b {
			t.Errorf("pass %s must run before %s", o[0], o[1])
		}
	}
}

// runUntil parses the policy YAML, loads the base scenario inventory and
// runs the passes up to and including last.
func runUntil(t *testing.T, last, src string) *state {
	t.Helper()
	f, diags := frontend.ParseFile("p.yaml", []byte(src), frontend.Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	invSrc, err := os.ReadFile(filepath.Join("testdata", "scenarios", "base-inventory.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	inv, diags := inventory.Parse("inv.yaml", invSrc)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	st := newState([]*ast.File{f}, inv, DefaultOptions())
	for _, p := range passes {
		if err := st.run(p); err != nil {
			t.Fatal(err)
		}
		if p.name == last {
			return st
		}
	}
	t.Fatalf("no pass %q", last)
	return nil
}

const cnpHeader = "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: default}\nspec:\n"
const ccnpHeader = "apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: p}\nspec:\n"

func TestPassRules(t *testing.T) {
	st := runUntil(t, "rules", cnpHeader+"  endpointSelector: {matchLabels: {app: a, 'k8s:io.kubernetes.pod.namespace': x}}\n  ingress: [{}]\n")
	if got, want := st.rules[0].subject.Text, "{any.app=a,k8s.io.kubernetes.pod.namespace=default}"; got != want {
		t.Errorf("CNP subject %s, want %s", got, want)
	}
	st = runUntil(t, "rules", ccnpHeader+"  endpointSelector: {matchLabels: {'$host': ''}}\n  ingress: [{}]\n")
	if got, want := st.rules[0].subject.Text, "{reserved.host=}"; got != want {
		t.Errorf("CCNP subject %s, want %s", got, want)
	}
}

func TestPassSubjects(t *testing.T) {
	st := runUntil(t, "subjects", ccnpHeader+"  endpointSelector: {}\n  ingress: [{}]\n")
	got := st.rules[0].subjects
	if slices.Contains(got, ir.IdentityHost) {
		t.Error("endpointSelector {} selected the host")
	}
	for _, id := range []ir.Identity{ir.IdentityHealth, ir.IdentityInit} {
		if !slices.Contains(got, id) {
			t.Errorf("CCNP {} should select reserved identity %d", id)
		}
	}
	if len(got) != 3+len(st.inv.Endpoints) {
		t.Errorf("subjects %v", got)
	}
	st = runUntil(t, "subjects", ccnpHeader+"  nodeSelector: {matchLabels: {role: worker}}\n  ingress: [{}]\n")
	if len(st.rules[0].subjects) != 0 {
		t.Errorf("nodeSelector for a remote node selected %v", st.rules[0].subjects)
	}
}

func TestPassPeers(t *testing.T) {
	st := runUntil(t, "peers", cnpHeader+`  endpointSelector: {}
  egress:
  - toEndpoints: [{matchLabels: {app: a}}, {matchLabels: {'reserved:host': ''}}]
  - toEntities: [cluster]
  - toCIDRSet: [{cidr: 10.0.0.0/8, except: [10.1.0.0/16]}]
  - toPorts: [{ports: [{port: "80"}]}]
  - toEndpoints: []
  - {}
`)
	cs := st.rules[0].clauses[ir.Egress]
	want := [][]string{
		{"{any.app=a,k8s.io.kubernetes.pod.namespace=default}", "{reserved.host=}"},
		{"{reserved.host}", "{reserved.remote-node}", "{reserved.init}", "{reserved.ingress}", "{reserved.health}", "{reserved.unmanaged}", "{reserved.kube-apiserver}", "{k8s.io.cilium.k8s.policy.cluster=default}"},
		{"{cidr.10.0.0.0/8,!cidr.10.1.0.0/16}"},
		nil, nil, nil,
	}
	for i, c := range cs {
		if got := peerTexts(c); !slices.Equal(got, want[i]) {
			t.Errorf("clause %d peers %v, want %v", i, got, want[i])
		}
	}
	if !cs[3].wildcard || cs[4].wildcard || cs[5].wildcard {
		t.Errorf("wildcard flags: port-only %v, empty list %v, empty rule %v", cs[3].wildcard, cs[4].wildcard, cs[5].wildcard)
	}
	if len(st.local) != 2 {
		t.Errorf("local prefixes %v", st.local)
	}
}

func TestPassPorts(t *testing.T) {
	st := runUntil(t, "ports", cnpHeader+`  endpointSelector: {}
  ingress:
  - toPorts: [{ports: [{port: "53"}, {port: "8000", endPort: 8010, protocol: TCP}, {port: http, protocol: TCP}, {port: "0", protocol: UDP}]}]
  - icmps: [{fields: [{type: EchoRequest}, {family: IPv6, type: EchoRequest}]}]
  - fromEntities: [world]
`)
	cs := st.rules[0].clauses[ir.Ingress]
	var got []string
	for _, ps := range cs[0].ports {
		got = append(got, ir.FormatPort(ps.proto, ps.lo, ps.hi)+ps.named)
	}
	want := []string{"tcp/53", "udp/53", "sctp/53", "tcp/8000-8010", "tcp/0http", "udp/*"}
	if !slices.Equal(got, want) {
		t.Errorf("ports %v, want %v", got, want)
	}
	if p := cs[1].ports; len(p) != 2 || p[0].proto != ir.ProtoICMP || p[0].lo != 8 || p[1].proto != ir.ProtoICMPv6 || p[1].lo != 128 {
		t.Errorf("icmp ports %+v", p)
	}
	if cs[2].ports != nil {
		t.Error("L3-only clause must have nil ports")
	}
}

// TestICMPTypeNames: the compiler resolves exactly the names the frontend
// accepts (one table, §1.11): Cilium's *CodeSuffix names compile, and names
// outside Cilium's table are unknown to both.
func TestICMPTypeNames(t *testing.T) {
	for _, c := range []struct {
		name string
		v6   bool
		want uint8
		ok   bool
	}{
		{"DuplicateAddressRequestCodeSuffix", true, 157, true},
		{"DuplicateAddressConfirmationCodeSuffix", true, 158, true},
		{"ExtendedEchoReply", true, 161, true},
		{"EchoRequest", false, 8, true},
		{"DuplicateAddressRequest", true, 0, false},
		{"MPLControlMessage", true, 0, false},
		{"RouterRenumbering", true, 138, true},
		{"PacketTooBig", false, 0, false},
	} {
		got, ok := ICMPType(c.name, c.v6)
		_, feOK := frontend.ICMPTypeNumber(familyName(c.v6), c.name)
		if ok != c.ok || got != c.want || ok != feOK {
			t.Errorf("%s (v6=%v) = %d, %v (frontend %v); want %d, %v", c.name, c.v6, got, ok, feOK, c.want, c.ok)
		}
	}
}

func TestPassL7(t *testing.T) {
	st := runUntil(t, "l7", cnpHeader+`  endpointSelector: {}
  ingress:
  - toPorts: [{ports: [{port: "80", protocol: TCP}], rules: {http: [{method: GET, path: /a}, {method: GET, path: /a}]}}]
  egress:
  - toPorts: [{ports: [{port: "53", protocol: UDP}], rules: {dns: [{matchName: Example.COM}]}}]
  - toPorts: [{ports: [{port: "9092", protocol: TCP}], rules: {kafka: [{role: produce, topic: t}]}}]
`)
	in := st.rules[0].clauses[ir.Ingress][0].ports[0].l7
	if in == nil || in.parser != "http" || in.port != 15002 || len(in.rules) != 1 {
		t.Errorf("http ingress %+v", in)
	}
	eg := st.rules[0].clauses[ir.Egress]
	if d := eg[0].ports[0].l7; d == nil || d.port != 15053 || d.rules[0] != `{"matchName":"example.com"}` {
		t.Errorf("dns %+v", d)
	}
	if k := eg[1].ports[0].l7; k == nil || k.port != 15011 || !strings.Contains(k.rules[0], `"role":"produce"`) {
		t.Errorf("kafka %+v", k)
	}
}

func TestPassEnforcement(t *testing.T) {
	st := runUntil(t, "enforcement", cnpHeader+`  endpointSelector: {}
  enableDefaultDeny: {egress: false}
  ingressDeny: [{fromEntities: [world]}]
  egress: [{toEntities: [world]}]
`)
	r := st.rules[0]
	if !r.hasDir[ir.Ingress] || !r.defaultDeny[ir.Ingress] || !r.hasDir[ir.Egress] || r.defaultDeny[ir.Egress] {
		t.Errorf("hasDir %v defaultDeny %v", r.hasDir, r.defaultDeny)
	}
}

func TestPassRequires(t *testing.T) {
	st := runUntil(t, "requires", cnpHeader+`  endpointSelector: {}
  ingress: [{fromRequires: [{matchLabels: {env: prod}}]}]
  ingressDeny: [{fromRequires: [{matchLabels: {'k8s:io.kubernetes.pod.namespace': x}}]}]
`)
	r := st.rules[0]
	allow := ir.NewSelector(r.requires[ir.Ingress][0]...).Text
	deny := ir.NewSelector(r.requires[ir.Ingress][1]...).Text
	if allow != "{any.env=prod,k8s.io.kubernetes.pod.namespace=default}" || deny != "{k8s.io.kubernetes.pod.namespace=x}" {
		t.Errorf("requires allow %s deny %s", allow, deny)
	}
}

func builtFor(t *testing.T, st *state, ep string, dir ir.Direction) *building {
	t.Helper()
	e, ok := st.inv.Endpoint(ep)
	if !ok {
		t.Fatalf("no endpoint %s", ep)
	}
	return st.built[policyKey{e.Identity, dir}]
}

func TestPassEntries(t *testing.T) {
	st := runUntil(t, "entries", ccnpHeader+`  endpointSelector: {matchExpressions: [{key: app, operator: In, values: [b, c]}]}
  ingress: [{toPorts: [{ports: [{port: http, protocol: TCP}]}]}]
`)
	b, c := builtFor(t, st, "default/b", ir.Ingress), builtFor(t, st, "default/c", ir.Ingress)
	if len(b.entries) != 1 || b.entries[0].lo != 8080 || len(c.entries) != 1 || c.entries[0].lo != 9090 {
		t.Errorf("named port per subject: b %+v c %+v", b.entries, c.entries)
	}
	if builtFor(t, st, "default/a", ir.Ingress) != nil {
		t.Error("unselected endpoint got a policy")
	}
	for _, dir := range []ir.Direction{ir.Ingress, ir.Egress} {
		if b := st.built[policyKey{ir.IdentityInit, dir}]; b == nil || !b.enforced || len(b.entries) != 0 {
			t.Errorf("init %s: %+v, want an enforced policy without entries (§2.3 step 2)", dir, b)
		}
	}
}

func TestPassLocalhost(t *testing.T) {
	st := runUntil(t, "localhost", cnpHeader+"  endpointSelector: {matchLabels: {app: b}}\n  ingress: [{}]\n  egress: [{}]\n")
	in, eg := builtFor(t, st, "default/b", ir.Ingress), builtFor(t, st, "default/b", ir.Egress)
	if len(in.entries) != 1 || in.entries[0].sel.Text != "{reserved.host}" || len(eg.entries) != 0 {
		t.Errorf("ingress %+v egress %+v", in.entries, eg.entries)
	}
}

func TestPassL7Merge(t *testing.T) {
	st := runUntil(t, "l7merge", cnpHeader+`  endpointSelector: {matchLabels: {app: b}}
  ingress:
  - fromEndpoints: [{matchLabels: {app: a}}]
    toPorts: [{ports: [{port: "80", protocol: TCP}], rules: {http: [{method: GET}]}}]
  - fromEndpoints: [{matchLabels: {app: a}}]
    toPorts: [{ports: [{port: "80", protocol: TCP}], rules: {http: [{method: PUT}]}}]
  - fromEndpoints: [{matchLabels: {app: a}}]
    toPorts: [{ports: [{port: "80", protocol: TCP}]}]
`)
	b := builtFor(t, st, "default/b", ir.Ingress)
	var redirect *pending
	for _, p := range b.entries {
		if p.verdict == ir.Redirect {
			if redirect != nil {
				t.Fatal("two redirects after merge")
			}
			redirect = p
		}
	}
	want := []string{`{"method":"GET"}`, `{"method":"PUT"}`, `{}`}
	if redirect == nil || !slices.Equal(redirect.l7.rules, want) || len(redirect.origins) != 3 {
		t.Errorf("merged %+v", redirect)
	}
}

// TestL7MergeAuth: an unset authentication mode merges with a written one
// and takes it (also the synthesised localhost allow with a host rule that
// requires auth); two different written modes, `disabled` included,
// conflict (§2.7, §1.12).
func TestL7MergeAuth(t *testing.T) {
	rule := func(peer, mode string) string {
		s := "  - fromEntities: [" + peer + "]\n"
		if mode != "" {
			s += "    authentication: {mode: " + mode + "}\n"
		}
		return s
	}
	for _, c := range []struct {
		name, rules string
		want        uint8 // auth of the merged {reserved.host} entry
		conflict    bool
	}{
		{"unset+required", rule("host", "") + rule("host", "required"), 1, false},
		{"required+unset", rule("host", "required") + rule("host", ""), 1, false},
		{"localhost+required", rule("host", "required"), 1, false},
		{"disabled+unset", rule("host", "disabled") + rule("host", ""), 0, false},
		{"disabled+required", rule("host", "disabled") + rule("host", "required"), 0, true},
		{"fail+required", rule("host", "test-always-fail") + rule("host", "required"), 0, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := runUntil(t, "l7merge", cnpHeader+"  endpointSelector: {matchLabels: {app: b}}\n  ingress:\n"+c.rules)
			if got := st.diags.HasErrors(); got != c.conflict {
				t.Fatalf("conflict %v, want %v: %v", got, c.conflict, st.diags)
			}
			if c.conflict {
				return
			}
			b := builtFor(t, st, "default/b", ir.Ingress)
			if len(b.entries) != 1 || b.entries[0].auth.typ != c.want {
				t.Errorf("entries %+v, want one with auth %d", b.entries, c.want)
			}
		})
	}
}

func TestPassLocalIdentities(t *testing.T) {
	st := runUntil(t, "local-identities", cnpHeader+`  endpointSelector: {matchLabels: {app: a}}
  egress:
  - toCIDR: [198.51.100.0/24, 192.0.2.1]
  - toFQDNs: [{matchName: api.example.com}]
`)
	want := map[ir.Identity][]string{
		ir.IdentityScopeLocal | 1: {"cidr:192.0.2.1/32=", "reserved:world="},
		ir.IdentityScopeLocal | 2: {"cidr:198.51.100.0/24=", "reserved:world="},
		ir.IdentityScopeLocal | 3: {"cidr:203.0.113.10/32=", "fqdn:api.example.com=", "reserved:world="},
	}
	for id, labels := range want {
		got, ok := st.prog.IdentityLabels(id)
		if !ok || !slices.Equal(got, labels) {
			t.Errorf("identity %d = %v, want %v", id, got, labels)
		}
	}
	if got := st.prog.LookupIP(netip.MustParseAddr("203.0.113.10")); got != ir.IdentityScopeLocal|3 {
		t.Errorf("LookupIP fqdn address = %d", got)
	}
}

func TestPassFinalize(t *testing.T) {
	st := runUntil(t, "finalize", cnpHeader+`  endpointSelector: {}
  ingress: [{fromEntities: [world]}, {toPorts: [{ports: [{port: "80"}]}]}]
  egress: [{toEndpoints: [{}]}]
`)
	seen := map[uint32]bool{}
	next := uint32(1)
	for _, pol := range st.prog.Policies {
		for _, e := range pol.Entries {
			if seen[e.ID] || e.ID != next {
				t.Errorf("entry IDs not 1..n in order: %d", e.ID)
			}
			seen[e.ID] = true
			next++
			if len(e.Origins) == 0 {
				t.Errorf("entry %d has no origin", e.ID)
			}
		}
	}
	for i, s := range st.prog.Selectors {
		if int(s.ID) != i || (i > 0 && st.prog.Selectors[i-1].Text >= s.Text) {
			t.Errorf("selectors not interned in text order: %v", st.prog.Selectors)
		}
	}
}

func TestPassNetworkPolicy(t *testing.T) {
	st := runUntil(t, "networkpolicy", `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: k, namespace: prod}
spec:
  podSelector: {matchLabels: {app: web}}
  egress:
  - to: [{namespaceSelector: {matchLabels: {env: dev}}, podSelector: {matchLabels: {app: a}}}]
    ports: [{port: 53, protocol: UDP}]
`)
	r := st.rules[0]
	if r.subject.Text != "{k8s.app=web,k8s.io.kubernetes.pod.namespace=prod}" {
		t.Errorf("subject %s", r.subject.Text)
	}
	if !r.hasDir[ir.Ingress] || !r.hasDir[ir.Egress] {
		t.Errorf("policyTypes derived wrongly: %v", r.hasDir)
	}
	c := r.clauses[ir.Egress][0]
	if got := peerTexts(c); !slices.Equal(got, []string{"{k8s.app=a,k8s.io.cilium.k8s.namespace.labels.env=dev,k8s.io.kubernetes.pod.namespace}"}) {
		t.Errorf("peers %v", got)
	}
	if len(c.ports) != 1 || c.ports[0].proto != ir.ProtoUDP || c.ports[0].lo != 53 {
		t.Errorf("ports %+v", c.ports)
	}
}

func TestProxyPortOptions(t *testing.T) {
	opts := DefaultOptions()
	opts.ProxyPorts.KafkaEgress = opts.ProxyPorts.HTTPEgress
	opts.ProxyPorts.DNS = 0
	_, diags := Compile(nil, nil, opts)
	if len(diags) != 2 || diags[0].Code != "PC0508" || diags[1].Code != "PC0508" {
		t.Errorf("want two PC0508 errors, got %v", diags)
	}
	if _, diags := Compile(nil, nil, DefaultOptions()); diags.HasErrors() {
		t.Errorf("default options rejected: %v", diags)
	}
}

func TestDumpAfter(t *testing.T) {
	var b strings.Builder
	opts := DefaultOptions()
	opts.DumpAfter, opts.Dump = "entries", &b
	f, diags := frontend.ParseFile("p.yaml", []byte(cnpHeader+"  endpointSelector: {matchLabels: {app: b}}\n  ingress: [{fromEntities: [world], toPorts: [{ports: [{port: http}]}]}]\n"), frontend.Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if _, diags := Compile([]*ast.File{f}, baseInventory(t), opts); diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	for _, want := range []string{"# state after pass entries", "peers=[{reserved.world}] ports=[tcp/http udp/http sctp/http]", "allow tcp/8080 {reserved.world}"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("dump lacks %q:\n%s", want, b.String())
		}
	}
}
