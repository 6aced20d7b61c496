package inventory

import (
	"net/netip"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

func mustParse(t *testing.T, src string) *Inventory {
	t.Helper()
	inv, diags := Parse("inv.yaml", []byte(src))
	if diags.HasErrors() {
		t.Fatalf("unexpected errors:\n%v", diags.Err())
	}
	return inv
}

func TestNative(t *testing.T) {
	inv := mustParse(t, `
cluster: c1
namespaces:
  - name: ns1
    labels: {team: a}
endpoints:
  - name: ns1/a
    labels: {app: a, pod-template-hash: x}
    ips: [10.0.0.1, "fd00::1"]
    namedPorts: {http: 80}
    interface: lxca
  - name: ns1/a2
    labels: {app: a, pod-template-hash: y}
    ips: [10.0.0.2]
  - name: ns2/b
    labels: {app: b}
    identity: 7777
    ips: [10.0.0.3]
nodes:
  - name: n1
    ips: [192.168.0.1]
    labels: {zone: z1}
fqdns:
  - name: Example.COM.
    ips: [192.0.2.1]
`)
	if inv.Cluster != "c1" || !inv.DualStack {
		t.Errorf("cluster %q dualstack %v", inv.Cluster, inv.DualStack)
	}
	a, _ := inv.Endpoint("ns1/a")
	a2, _ := inv.Endpoint("ns1/a2")
	b, _ := inv.Endpoint("ns2/b")
	if a.Identity != a2.Identity {
		t.Errorf("same label set (pod-template-hash filtered) got identities %d and %d", a.Identity, a2.Identity)
	}
	if a.Identity < ir.MinGlobalIdentity || a.Identity > 65535 {
		t.Errorf("allocated identity %d outside the global range", a.Identity)
	}
	if b.Identity != 7777 {
		t.Errorf("given identity not kept: %d", b.Identity)
	}
	id, ok := inv.Identity(a.Identity)
	want := []string{
		"k8s:app=a",
		"k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name=ns1",
		"k8s:io.cilium.k8s.namespace.labels.team=a",
		"k8s:io.cilium.k8s.policy.cluster=c1",
		"k8s:io.cilium.k8s.policy.serviceaccount=default",
		"k8s:io.kubernetes.pod.namespace=ns1",
	}
	if !ok || !slices.Equal(id.Labels, want) {
		t.Errorf("labels = %v\nwant %v", id.Labels, want)
	}
	if _, ok := inv.Namespace("ns2"); !ok {
		t.Error("implicit namespace ns2 missing")
	}
	host, _ := inv.Identity(ir.IdentityHost)
	if !slices.Contains(host.Labels, "k8s:zone=z1") || !slices.Contains(host.Labels, "reserved:host=") {
		t.Errorf("host labels %v", host.Labels)
	}
	if inv.FQDNs[0].Name != "example.com" {
		t.Errorf("fqdn name %q", inv.FQDNs[0].Name)
	}
	p := inv.Program()
	if got := p.LookupIP(netip.MustParseAddr("10.0.0.1")); got != a.Identity {
		t.Errorf("ipcache 10.0.0.1 = %d", got)
	}
	if got := p.LookupIP(netip.MustParseAddr("192.168.0.1")); got != ir.IdentityHost {
		t.Errorf("local node IP = %d, want host", got)
	}
}

func TestReservedIdentities(t *testing.T) {
	inv := mustParse(t, "cluster: x\n")
	want := map[ir.Identity]string{1: "reserved:host=", 2: "reserved:world=", 3: "reserved:unmanaged=", 4: "reserved:health=",
		5: "reserved:init=", 6: "reserved:remote-node=", 7: "reserved:kube-apiserver=", 8: "reserved:ingress=",
		9: "reserved:world-ipv4=", 10: "reserved:world-ipv6=", 11: "reserved:overlay-to-encrypt="}
	for id, l := range want {
		got, ok := inv.Identity(id)
		if !ok || !slices.Contains(got.Labels, l) {
			t.Errorf("identity %d = %v, want label %s", id, got.Labels, l)
		}
	}
	if api, _ := inv.Identity(7); !slices.Contains(api.Labels, "reserved:remote-node=") {
		t.Errorf("kube-apiserver must also carry reserved:remote-node: %v", api.Labels)
	}
}

func TestKubectl(t *testing.T) {
	inv, diags := Load([]string{filepath.Join("testdata", "kubectl.yaml")})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	if diags.Count(diag.Info) != 1 {
		t.Errorf("want one info for the Deployment, got %v", diags)
	}
	ep, ok := inv.Endpoint("prod/web-0")
	if !ok || ep.Identity != 4242 || ep.NamedPorts["http"] != 8080 || len(ep.IPs) != 2 || ep.ServiceAccount != "web" {
		t.Fatalf("merged pod+CEP = %+v", ep)
	}
	for name, want := range map[string]NamedPort{"http": {8080, ir.ProtoTCP}, "dns": {53, ir.ProtoUDP}, "metrics": {9100, ir.ProtoTCP}} {
		if got, ok := ep.NamedPort(name); !ok || got != want {
			t.Errorf("named port %s = %+v, %v; want %+v (container protocol kept, TCP by default)", name, got, ok, want)
		}
	}
	if id, _ := inv.Identity(5000); !slices.Equal(id.Labels, []string{"k8s:app=db", "k8s:io.kubernetes.pod.namespace=prod"}) {
		t.Errorf("CiliumIdentity labels %v", id.Labels)
	}
	if n, _ := inv.LocalNode(); n.Name != "n1" {
		t.Errorf("local node %q, want the first by name", n.Name)
	}
	if len(inv.CIDRGroups) != 1 || inv.CIDRGroups[0].CIDRs[0] != netip.MustParsePrefix("203.0.113.0/24") {
		t.Errorf("cidr groups %+v", inv.CIDRGroups)
	}
}

// TestNativeNamedPorts: a bare number is a TCP container port (the
// Kubernetes default); {port, protocol} gives the protocol (§1.6).
func TestNativeNamedPorts(t *testing.T) {
	inv := mustParse(t, `
endpoints:
  - name: ns/a
    namedPorts: {http: 80, dns: {port: 53, protocol: UDP}, sig: {port: 2905, protocol: SCTP}, alt: {port: 8080}}
`)
	ep, _ := inv.Endpoint("ns/a")
	for name, want := range map[string]NamedPort{"http": {80, ir.ProtoTCP}, "dns": {53, ir.ProtoUDP}, "sig": {2905, ir.ProtoSCTP}, "alt": {8080, ir.ProtoTCP}} {
		if got, ok := ep.NamedPort(name); !ok || got != want {
			t.Errorf("%s = %+v, %v; want %+v", name, got, ok, want)
		}
	}
	if _, ok := ep.NamedPort("nope"); ok {
		t.Error("an undeclared name resolved")
	}
}

func TestDeterministicAllocation(t *testing.T) {
	a := `
endpoints:
  - {name: ns/a, labels: {app: a}}
  - {name: ns/b, labels: {app: b}}
  - {name: ns/c, labels: {app: c}}
`
	b := `
endpoints:
  - {name: ns/c, labels: {app: c}}
  - {name: ns/b, labels: {app: b}}
  - {name: ns/a, labels: {app: a}}
`
	ia, ib := mustParse(t, a), mustParse(t, b)
	for _, name := range []string{"ns/a", "ns/b", "ns/c"} {
		ea, _ := ia.Endpoint(name)
		eb, _ := ib.Endpoint(name)
		if ea.Identity != eb.Identity {
			t.Errorf("%s: %d vs %d across input orders", name, ea.Identity, eb.Identity)
		}
	}
}

func TestAllocatorAvoidsGivenAndReserved(t *testing.T) {
	given := []Identity{{ID: 256, Labels: []string{"x"}}}
	al := newAllocator(given)
	for i := range 2000 {
		got := al.allocate([][]string{{"k8s:n=" + itoa(ir.Identity(i))}})
		for _, id := range got {
			if isReservedRange(id) || id == 256 {
				t.Fatalf("allocated %d", id)
			}
		}
	}
}

func TestInventoryErrors(t *testing.T) {
	cases := []struct{ src, code, msg string }{
		{"endpoints:\n  - {name: nopod}\n", "PC0406", "namespace/pod"},
		{"endpoints:\n  - {name: a/b, lables: {}}\n", "PC0402", "lables"},
		{"endpoints:\n  - {name: a/b, ips: [300.1.1.1]}\n", "PC0403", "bad IP"},
		{"identities:\n  - {id: 2, labels: [k8s:app=x]}\n", "PC0405", "reserved"},
		{"identities:\n  - {id: 900, labels: [k8s:a=1]}\n  - {id: 900, labels: [k8s:a=2]}\n", "PC0405", "two different"},
		{"endpoints:\n  - {name: a/b, namespace: c}\n", "PC0406", "namespace"},
		{"bogus: 1\n", "PC0402", "bogus"},
		{"endpoints:\n  - {name: a/b, ips: [10.0.0.1]}\n  - {name: a/c, ips: [10.0.0.1]}\n", "PC0404", "belongs to both"},
		{"- a\n", "PC0401", "mapping"},
		{"namespaces:\n  - {name: a, labels: {x: '1'}}\n  - {name: a, labels: {x: '2'}}\n", "PC0404", "twice"},
		{"endpoints:\n  - {name: a/b, namedPorts: {dns: {port: 53, protocol: udp}}}\n", "PC0403", "not TCP, UDP or SCTP"},
		{"endpoints:\n  - {name: a/b, namedPorts: {dns: {port: 53, proto: UDP}}}\n", "PC0403", "unknown field \"proto\""},
		{"endpoints:\n  - {name: a/b, namedPorts: {dns: {protocol: UDP}}}\n", "PC0403", "without a port"},
		{"endpoints:\n  - {name: a/b, namedPorts: {dns: [53]}}\n", "PC0403", "a number or {port, protocol}"},
	}
	for _, c := range cases {
		_, diags := Parse("inv.yaml", []byte(c.src))
		found := false
		for _, d := range diags {
			if string(d.Code) == c.code && strings.Contains(d.Message, c.msg) && d.Pos.Line > 0 {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s containing %q with a position, got %v", c.src, c.code, c.msg, diags)
		}
	}
}

func TestExampleInventories(t *testing.T) {
	for _, ex := range []string{"starwars", "mediabot"} {
		inv, diags := Load([]string{filepath.Join("..", "..", "testdata", "examples", ex, "inventory.yaml")})
		if diags.HasErrors() {
			t.Errorf("%s: %v", ex, diags.Err())
			continue
		}
		if len(inv.Endpoints) == 0 {
			t.Errorf("%s: no endpoints", ex)
		}
	}
}
