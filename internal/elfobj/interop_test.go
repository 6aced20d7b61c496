package elfobj

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/policyc/policyc/internal/testutils"
)

// sysBPFFS is where libbpf pins maps declared with pinning = PIN_BY_NAME and
// under which iproute2 keeps tc/globals.
const sysBPFFS = "/sys/fs/bpf"

// requireTool fails (never skips) when a tool the interop tests need is
// missing: .ci/run installs bpftool and iproute2.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s not found: install it (apt-get install bpftool iproute2; .ci/run does): %v", name, err)
	}
	return p
}

// ensureSysBPFFS makes sure bpffs is mounted on /sys/fs/bpf, as .ci/run
// does (and as iproute2 itself would do).
func ensureSysBPFFS(t *testing.T) {
	t.Helper()
	var st unix.Statfs_t
	if err := unix.Statfs(sysBPFFS, &st); err == nil && st.Type == unix.BPF_FS_MAGIC {
		return
	}
	if err := unix.Mount("bpf", sysBPFFS, "bpf", 0, ""); err != nil {
		t.Fatalf("mount bpffs on %s: %v", sysBPFFS, err)
	}
	t.Logf("mounted bpffs on %s (as .ci/run does)", sysBPFFS)
}

func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// interopObject writes the test object without the tcx/ingress program
// (libbpf 1.1 cannot guess a type for that section) to a file. Its LPM trie
// is pinned by name under a unique name.
func interopObject(t *testing.T) (path, lpm string) {
	t.Helper()
	lpm = uniqueName(t, "lpm")
	path = filepath.Join(t.TempDir(), "elfobj.o")
	if err := os.WriteFile(path, mustMarshal(t, testObject(false, lpm)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, lpm
}

// TestInteropBpftool loads the object with libbpf (bpftool prog loadall),
// then drives the libbpf-loaded programs from Go.
func TestInteropBpftool(t *testing.T) {
	testutils.RequireRoot(t)
	testutils.RequireBPF(t)
	bpftool := requireTool(t, "bpftool")
	ensureSysBPFFS(t)
	obj, lpm := interopObject(t)
	dir := filepath.Join(sysBPFFS, uniqueName(t, "policyc_elfobj_"))
	pinnedMap := filepath.Join(sysBPFFS, lpm)
	t.Cleanup(func() {
		os.RemoveAll(dir)
		os.Remove(pinnedMap)
	})
	// libbpf parses the .BTF the way clang's would read.
	dump := command(t, bpftool, "btf", "dump", "file", obj)
	for _, want := range []string{"DATASEC '.maps' size=192", "FUNC 'ingress' type_id=", "STRUCT 'lpm_v4_key' size=8", "VAR '" + lpm + "'"} {
		if !strings.Contains(dump, want) {
			t.Errorf("bpftool btf dump lacks %q:\n%s", want, dump)
		}
	}
	command(t, bpftool, "prog", "loadall", obj, dir)

	progs := map[string]*ebpf.Program{}
	for _, name := range []string{"ingress", "egress", "cls"} {
		p, err := ebpf.LoadPinnedProgram(filepath.Join(dir, name), nil)
		if err != nil {
			t.Fatalf("program %s pinned by bpftool: %v", name, err)
		}
		defer p.Close()
		info, err := p.Info()
		if err != nil {
			t.Fatal(err)
		}
		if info.Type != ebpf.SchedCLS {
			t.Errorf("%s: type %v, want SchedCLS", name, info.Type)
		}
		progs[name] = p
	}
	// libbpf honoured pinning = PIN_BY_NAME and the LPM trie's flags.
	trie, err := ebpf.LoadPinnedMap(pinnedMap, nil)
	if err != nil {
		t.Fatalf("LPM trie pinned by libbpf: %v", err)
	}
	defer trie.Close()
	if ti, err := trie.Info(); err != nil || ti.Type != ebpf.LPMTrie || ti.Flags != unix.BPF_F_NO_PREALLOC || ti.KeySize != 8 {
		t.Errorf("pinned LPM trie: %+v, %v", ti, err)
	}

	verdicts, jmp := programMap(t, progs["ingress"], "verdicts"), programMap(t, progs["cls"], "jmp")
	if got := run(t, progs["ingress"]); got != 0 {
		t.Errorf("ingress = %d, want 0", got)
	}
	if err := verdicts.Put(uint32(7), uint32(42)); err != nil {
		t.Fatal(err)
	}
	if got := run(t, progs["egress"]); got != 142 {
		t.Errorf("egress (bpf-to-bpf call, libbpf-linked) = %d, want 142", got)
	}
	if got := run(t, progs["cls"]); got != 5 {
		t.Errorf("cls = %d, want 5", got)
	}
	if err := jmp.Put(uint32(0), progs["ingress"]); err != nil {
		t.Fatal(err)
	}
	if got := run(t, progs["cls"]); got != 42 {
		t.Errorf("cls tail-calling ingress = %d, want 42", got)
	}
}

// programMap returns the map called name that p uses.
func programMap(t *testing.T, p *ebpf.Program, name string) *ebpf.Map {
	t.Helper()
	info, err := p.Info()
	if err != nil {
		t.Fatal(err)
	}
	ids, ok := info.MapIDs()
	if !ok {
		t.Fatal("kernel did not report map ids")
	}
	for _, id := range ids {
		m, err := ebpf.NewMapFromID(id)
		if err != nil {
			t.Fatal(err)
		}
		mi, err := m.Info()
		if err == nil && mi.Name == name {
			t.Cleanup(func() { m.Close() })
			return m
		}
		m.Close()
	}
	t.Fatalf("program %v uses no map %s", p, name)
	return nil
}

// TestInteropTC attaches the object with iproute2 (`tc filter add … bpf da
// obj OBJ sec tc`, libbpf inside) to a veth in a scratch network namespace.
func TestInteropTC(t *testing.T) {
	testutils.RequireRoot(t)
	testutils.RequireBPF(t)
	ip, tc, nsenter := requireTool(t, "ip"), requireTool(t, "tc"), requireTool(t, "nsenter")
	ensureSysBPFFS(t)
	obj, lpm := interopObject(t)
	ns := uniqueName(t, "pc_elfobj_")
	command(t, ip, "netns", "add", ns)
	t.Cleanup(func() {
		if out, err := exec.Command(ip, "netns", "del", ns).CombinedOutput(); err != nil {
			t.Errorf("ip netns del %s: %v\n%s", ns, err, out)
		}
		os.Remove(filepath.Join(sysBPFFS, "tc", "globals", lpm))
	})
	command(t, ip, "-n", ns, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1")
	command(t, ip, "-n", ns, "link", "set", "veth0", "up")
	// `tc -n` would also enter a private mount namespace with its own bpffs,
	// hiding tc/globals; nsenter switches only the network namespace.
	inNS := func(args ...string) string {
		return command(t, nsenter, append([]string{"--net=/run/netns/" + ns, tc}, args...)...)
	}
	inNS("qdisc", "add", "dev", "veth0", "clsact")
	for _, sec := range []string{"tc", "classifier"} {
		dir := map[string]string{"tc": "ingress", "classifier": "egress"}[sec]
		inNS("filter", "add", "dev", "veth0", dir, "bpf", "da", "obj", obj, "sec", sec)
		out := inNS("filter", "show", "dev", "veth0", dir)
		if !strings.Contains(out, "direct-action") || !strings.Contains(out, "["+sec+"]") || !strings.Contains(out, " id ") {
			t.Errorf("tc filter show %s after loading sec %s:\n%s", dir, sec, out)
		}
	}
	// iproute2 pins PIN_BY_NAME maps under tc/globals.
	if _, err := os.Stat(filepath.Join(sysBPFFS, "tc", "globals", lpm)); err != nil {
		t.Errorf("LPM trie not pinned by tc: %v", err)
	}
}
