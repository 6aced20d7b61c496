package codegen

import (
	"bytes"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// TestELFLoads loads the ELF object of the tiny program with cilium/ebpf's
// ELF reader and checks it gives the evaluator's verdicts.
func TestELFLoads(t *testing.T) {
	for _, s := range []runtime.Strategy{runtime.StrategyTree, runtime.StrategyHash} {
		t.Run(s.String(), func(t *testing.T) { testELFLoads(t, s) })
	}
}

func testELFLoads(t *testing.T, s runtime.Strategy) {
	testutils.RequireBPF(t)
	p := tinyProgram()
	out, err := Generate(p, Options{Strategy: s, Sizes: runtime.Sizes{IPCache: 1024, Prefixes: 1024, Membership: 1024, CT: 1024, Events: 1 << 16}})
	if err != nil {
		t.Fatal(err)
	}
	obj := &out.Objects[0]
	b, err := obj.ELF(out)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("parse ELF: %v", err)
	}
	for _, m := range spec.Maps {
		m.Pinning = ebpf.PinNone
	}
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		t.Fatalf("load ELF: %v", explainLoad(err, obj))
	}
	defer coll.Close()
	if err := runtime.Populate(p, out.Layout, coll.Maps); err != nil {
		t.Fatal(err)
	}
	prog := coll.Programs["policy_ingress"]
	if prog == nil {
		t.Fatal("policy_ingress missing from the object")
	}
	if got := spec.Programs["policy_ingress"].AttachType; got != ebpf.AttachTCXEgress {
		t.Errorf("policy_ingress attach type %v, want tcx egress (the pod's ingress)", got)
	}
	for _, src := range []string{"10.0.0.1", "10.0.0.2", "10.0.0.4"} {
		pk := pkt{src: netip.MustParseAddr(src), dst: netip.MustParseAddr("10.0.0.3"), proto: ir.ProtoTCP, sport: 999, dport: 80}
		ret, err := prog.Run(&ebpf.RunOptions{Data: pk.bytes()})
		if err != nil {
			t.Fatal(err)
		}
		want := p.DecideDirection(p.Policy(300, ir.Ingress), p.LookupIP(pk.src), ir.ProtoTCP, 80, false)
		if (ret == runtime.ActOK) != (want.Verdict != ir.Deny) {
			t.Errorf("%s: returned %d, evaluator %v", src, ret, want.Verdict)
		}
	}
}

// TestBpftoolLoads loads every object with bpftool (libbpf; the installed
// one predates the tcx section names, hence LegacySections), in a private mount namespace with its own bpffs so the
// pinned maps never touch the host's /sys/fs/bpf.
func TestBpftoolLoads(t *testing.T) {
	testutils.RequireRoot(t)
	testutils.RequireBPF(t)
	for _, tool := range []string{"bpftool", "unshare"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s not installed (.ci/run installs it): %v", tool, err)
		}
	}
	for _, s := range []runtime.Strategy{runtime.StrategyTree, runtime.StrategyHash} {
		t.Run(s.String(), func(t *testing.T) { bpftoolLoads(t, s) })
	}
}

func bpftoolLoads(t *testing.T, s runtime.Strategy) {
	out, err := Generate(statefulProgram(), Options{Strategy: s, LegacySections: true, Sizes: runtime.Sizes{IPCache: 1024, Prefixes: 1024, Membership: 1024, CT: 1024, Events: 1 << 16}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var script bytes.Buffer
	script.WriteString("set -e\nmount -t bpf bpf /sys/fs/bpf\n")
	for i := range out.Objects {
		b, err := out.Objects[i].ELF(out)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, out.Objects[i].Name+".o")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		script.WriteString("mkdir -p /sys/fs/bpf/" + out.Objects[i].Name + "\n")
		script.WriteString("bpftool prog loadall " + path + " /sys/fs/bpf/" + out.Objects[i].Name + "\n")
		script.WriteString("test -e /sys/fs/bpf/" + out.Objects[i].Name + "/policy_ingress\n")
	}
	script.WriteString("test -e /sys/fs/bpf/" + runtime.MapCT4 + "\n")
	cmd := exec.Command("unshare", "-m", "--propagation", "private", "sh", "-c", script.String())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("bpftool: %v\n%s", err, b)
	}
}
