package policytest

import (
	"bytes"
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
)

// starwarsProgram is a hand-built program (no compiler needed): deathstar
// admits org=empire on tcp/80 and redirects org=empire on tcp/8080 to
// proxy 15002.
func starwarsProgram() *ir.Program {
	p := &ir.Program{}
	p.AddIdentity(ir.IdentityHost, "reserved:host")
	p.AddIdentity(ir.IdentityWorld, "reserved:world")
	p.AddIdentity(300, "k8s:org=empire", "k8s:class=tiefighter")
	p.AddIdentity(301, "k8s:org=empire", "k8s:class=deathstar")
	p.AddIdentity(302, "k8s:org=alliance", "k8s:class=xwing")
	for _, ep := range []struct {
		name string
		id   ir.Identity
		ip   string
	}{{"default/tiefighter", 300, "10.0.1.20"}, {"default/deathstar", 301, "10.0.1.10"}, {"default/xwing", 302, "10.0.1.30"}} {
		a := netip.MustParseAddr(ep.ip)
		p.Endpoints = append(p.Endpoints, ir.Endpoint{Name: ep.name, Namespace: "default", Identity: ep.id,
			IPs: []netip.Addr{a}, NamedPorts: map[string]uint16{"http": 80}})
		p.AddIPCache(netip.PrefixFrom(a, 32), ep.id)
	}
	empire := p.AddSelector(ir.NewSelector(ir.LabelEq("k8s.org", "empire")))
	origin := []ir.Origin{{Policy: "default/rule1", Kind: "CiliumNetworkPolicy", Pos: ir.Pos{File: "rule1.yaml", Line: 12, Col: 5}}}
	p.Policies = []ir.Policy{{Subject: 301, Direction: ir.Ingress, Enforced: true, Entries: []ir.Entry{
		{ID: 1, Peer: empire, Proto: ir.ProtoTCP, PortLo: 80, PortHi: 80, Verdict: ir.Allow, Origins: origin},
		{ID: 2, Peer: empire, Proto: ir.ProtoTCP, PortLo: 8080, PortHi: 8080, Verdict: ir.Redirect, ProxyPort: 15002, ProxyPriority: 1, Origins: origin},
	}}}
	p.Normalize(false)
	return p
}

const runSrc = `policy "rule1.yaml"
test "empire" {
  expect allow default/tiefighter -> default/deathstar tcp/80
  expect allow default/tiefighter -> default/deathstar tcp/http
  expect redirect default/tiefighter -> default/deathstar tcp/8080 proxy 15002
  expect redirect default/tiefighter -> default/deathstar tcp/8080
}
group "outsiders" {
  expect deny default/xwing -> default/deathstar tcp/80
  expect deny world 0.0.0.0/0 -> default/deathstar tcp/80
  expect allow default/deathstar -> world 1.1.1.1 udp/53
  expect deny reserved:host -> default/deathstar icmp type 8
}
# failing and erroneous on purpose
expect allow default/xwing -> default/deathstar tcp/80
expect redirect default/tiefighter -> default/deathstar tcp/8080 proxy 15001
expect allow default/tiefighter -> default/deathstar tcp/80 fragment
expect allow default/nobody -> default/deathstar tcp/80
expect allow default/tiefighter -> world 1.1.1.1 tcp/grpc
expect deny world 10.0.1.10 -> default/tiefighter tcp/80
`

func runReport(t *testing.T, k Kernel) *Report {
	t.Helper()
	s, diags := Parse("run.policytest", []byte(runSrc))
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return Run([]*Suite{s}, Options{
		Compile:   func(*Suite) (*ir.Program, diag.List) { return starwarsProgram(), nil },
		Kernel:    k,
		KernelOff: "disabled for this test",
	})
}

func TestRunReference(t *testing.T) {
	r := runReport(t, nil)
	want := []Status{
		StatusPass, StatusPass, StatusPass, StatusPass,
		StatusPass, StatusPass, StatusPass, StatusPass,
		StatusFail, StatusFail, StatusFail, StatusError, StatusError, StatusError,
	}
	res := r.Suites[0].Results
	if len(res) != len(want) {
		t.Fatalf("%d results, want %d", len(res), len(want))
	}
	for i, w := range want {
		if res[i].Status != w {
			t.Errorf("%s: %s: status %s, want %s (%s)", res[i].Case.Pos, res[i].Case, res[i].Status, w, res[i].Message)
		}
		if res[i].Kernel.Skipped == "" {
			t.Errorf("%s: kernel check not marked skipped", res[i].Case.Pos)
		}
	}
	if r.OK() {
		t.Error("report OK with failures")
	}
	var text, js, junit bytes.Buffer
	if err := r.WriteText(&text, true); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJUnit(&junit); err != nil {
		t.Fatal(err)
	}
	testutils.Golden(t, "testdata/run/reference.txt", text.Bytes())
	testutils.Golden(t, "testdata/run/reference.json", js.Bytes())
	testutils.Golden(t, "testdata/run/reference.junit.xml", junit.Bytes())
}

// liarKernel is a Datapath that allows everything: every expectation the
// reference denies must then be reported as an internal error.
type liarKernel struct{}

func (liarKernel) Load(*ir.Program) (Datapath, error) { return liarKernel{}, nil }
func (liarKernel) Close() error                       { return nil }
func (liarKernel) Run(s ir.Identity, d ir.Direction, frame []byte) (KernelVerdict, bool, error) {
	return KernelVerdict{Verdict: ir.Allow}, true, nil
}

func TestRunKernelDisagreement(t *testing.T) {
	r := runReport(t, liarKernel{})
	var internal int
	for _, res := range r.Suites[0].Results {
		denied := false
		for _, fd := range res.Reference {
			denied = denied || fd.Decision.Verdict != ir.Allow
		}
		switch {
		case res.Status == StatusError:
		case denied && res.Status != StatusInternal:
			t.Errorf("%s: reference denies or redirects, kernel allows, status %s", res.Case.Pos, res.Status)
		case !denied && res.Status == StatusInternal:
			t.Errorf("%s: internal error although kernel and reference agree: %s", res.Case.Pos, res.Message)
		}
		if res.Status == StatusInternal {
			internal++
			if !strings.Contains(res.Message, "kernel and reference disagree") {
				t.Errorf("%s: message %q", res.Case.Pos, res.Message)
			}
		}
	}
	if internal == 0 {
		t.Fatal("no internal error reported")
	}
}

func TestSyntheticReservedAddress(t *testing.T) {
	s, diags := Parse("x.policytest", []byte("policy \"p\"\nexpect deny reserved:health -> default/deathstar tcp/80\nexpect deny world 198.18.0.1 -> default/deathstar tcp/80\n"))
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	e := newEnv(s, starwarsProgram())
	addrs := e.reserved[ir.IdentityHealth]
	if len(addrs) != 2 || addrs[0] != netip.MustParseAddr("198.18.0.2") {
		t.Fatalf("health addresses %v: want 198.18.0.2 (198.18.0.1 is in world peer 198.18.0.0/31 but not sampled, 198.18.0.0 is) and an IPv6 one", addrs)
	}
	kp := e.kernelProgram()
	for _, a := range addrs {
		if got := kp.LookupIP(a); got != ir.IdentityHealth {
			t.Errorf("kernel program resolves %s to %d", a, got)
		}
	}
	if len(e.prog.IPCache) == len(kp.IPCache) {
		t.Error("synthetic entries leaked into or missing from the programs")
	}
}

// TestRunKernel runs the same cases on the compiled programs in the kernel:
// every checkable case must be checked there and agree with the reference.
func TestRunKernel(t *testing.T) {
	testutils.RequireBPF(t)
	r := runReport(t, BPFKernel{})
	if s := r.Suites[0].KernelSkipped; s != "" {
		t.Fatalf("kernel check skipped: %s", s)
	}
	for _, res := range r.Suites[0].Results {
		switch {
		case res.Status == StatusInternal:
			t.Errorf("%s: %s", res.Case.Pos, res.Message)
		case res.Status != StatusError && len(res.Kernel.Families) == 0:
			t.Errorf("%s: %s: not checked in the kernel: %s", res.Case.Pos, res.Case, res.Kernel.Skipped)
		}
	}
	var text bytes.Buffer
	if err := r.WriteText(&text, true); err != nil {
		t.Fatal(err)
	}
	testutils.Golden(t, "testdata/run/kernel.txt", text.Bytes())
}

// brokenKernel fails to load: unavailable (a skip) or broken (a bug).
type brokenKernel struct{ err error }

func (k brokenKernel) Load(*ir.Program) (Datapath, error) { return nil, k.err }

func TestRunKernelLoadErrors(t *testing.T) {
	unavailable := fmt.Errorf("create map: %w", &UnavailableError{Reason: "not permitted to load BPF (run as root)", Err: errors.New("operation not permitted")})
	r := runReport(t, brokenKernel{unavailable})
	if got, want := r.Suites[0].KernelSkipped, "create map: not permitted to load BPF (run as root): operation not permitted"; got != want {
		t.Errorf("KernelSkipped = %q, want %q", got, want)
	}
	if c := r.Counts(); c.Pass != 8 || c.Internal != 0 {
		t.Errorf("unavailable kernel: counts %+v, want the reference results", c)
	}
	r = runReport(t, brokenKernel{errors.New("load programs of subject 301: verifier rejected the program")})
	for _, res := range r.Suites[0].Results {
		if res.Status != StatusInternal || !strings.Contains(res.Message, "verifier rejected") {
			t.Errorf("%s: status %s (%s), want an internal error", res.Case.Pos, res.Status, res.Message)
		}
	}
	if r.OK() {
		t.Error("a kernel that cannot load the generated programs passed")
	}
}
