package loader

import (
	"errors"
	"net/netip"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"golang.org/x/sys/unix"

	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/loader/internal/nstest"
)

// tcVerdict returns a one-program object that returns verdict and counts
// packets in its own array map "hits" (index 0); both objects share the
// hash map "shared".
func tcVerdict(verdict int32) *ebpf.CollectionSpec {
	return &ebpf.CollectionSpec{
		Maps: map[string]*ebpf.MapSpec{
			"shared": {Name: "shared", Type: ebpf.Hash, KeySize: 4, ValueSize: 4, MaxEntries: 16},
			"hits":   {Name: "hits", Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1},
		},
		Programs: map[string]*ebpf.ProgramSpec{
			"policy": {
				Name: "policy", Type: ebpf.SchedCLS, License: "Dual MIT/GPL",
				Instructions: asm.Instructions{
					// hits[0]++
					asm.StoreImm(asm.RFP, -4, 0, asm.Word),
					asm.LoadMapPtr(asm.R1, 0).WithReference("hits"),
					asm.Mov.Reg(asm.R2, asm.RFP),
					asm.Add.Imm(asm.R2, -4),
					asm.FnMapLookupElem.Call(),
					asm.JEq.Imm(asm.R0, 0, "out"),
					asm.Mov.Imm(asm.R1, 1),
					asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
					// keep "shared" referenced: lookup key 0
					asm.LoadMapPtr(asm.R1, 0).WithReference("shared").WithSymbol("out"),
					asm.Mov.Reg(asm.R2, asm.RFP),
					asm.Add.Imm(asm.R2, -4),
					asm.FnMapLookupElem.Call(),
					asm.Mov.Imm(asm.R0, verdict),
					asm.Return(),
				},
			},
		},
	}
}

// badProgram is rejected by the verifier (returns an uninitialised R0).
func badProgram() *ebpf.CollectionSpec {
	return &ebpf.CollectionSpec{Maps: tcVerdict(0).Maps, Programs: map[string]*ebpf.ProgramSpec{
		"policy": {Name: "policy", Type: ebpf.SchedCLS, License: "GPL", Instructions: asm.Instructions{asm.Return()}},
	}}
}

const (
	tcOK   = 0
	tcShot = 2
)

type fixture struct {
	node *nstest.Node
	a, b *nstest.Pod
	l    *Loader
}

func newFixture(t *testing.T, mode string) *fixture {
	t.Helper()
	testutils.RequireRoot(t)
	testutils.RequireBPF(t)
	node := nstest.NewNode(t)
	a := node.AddPod(t, "a", netip.MustParseAddr("10.200.0.1"))
	b := node.AddPod(t, "b", netip.MustParseAddr("10.200.0.2"))
	b.ServeTCP(t, 80)
	fs := PrivateBPFFS(t)
	l := New(Config{BPFFS: fs, StateDir: t.TempDir(), Netns: node.Path, Mode: mode})
	return &fixture{node: node, a: a, b: b, l: l}
}

// PrivateBPFFS mounts a private bpffs instance for one test.
func PrivateBPFFS(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := EnsureBPFFS(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unix.Unmount(dir, unix.MNT_DETACH) })
	return dir
}

// gen builds a generation attaching one verdict program per interface.
func (f *fixture) gen(rev uint64, verdicts map[string]int32) *Generation {
	g := &Generation{Revision: rev, Digest: "digest-" + string(rune('0'+rev)), Shared: []string{"shared"},
		Fills: map[string][]KV{"shared": {{Key: uint32(1), Value: uint32(rev)}}}}
	for _, iface := range sortedKeys(verdicts) {
		obj := "objects/" + iface + ".o"
		spec := tcVerdict(verdicts[iface])
		if verdicts[iface] < 0 {
			spec = badProgram()
		}
		g.Objects = append(g.Objects, Object{Name: obj, Spec: spec})
		g.Attachments = append(g.Attachments, Attachment{Interface: iface, Hook: bundle.AttachTCXIngress, Object: obj, Program: "policy", Subject: 256})
	}
	return g
}

func (f *fixture) reachable(t *testing.T) bool {
	t.Helper()
	return f.a.TCP(f.b.IP, 80, 500*time.Millisecond) == nil
}

func TestLoaderSwapAndRollback(t *testing.T) {
	for _, mode := range []string{ModeTCX, ModeTC} {
		t.Run(mode, func(t *testing.T) {
			f := newFixture(t, mode)
			ia := f.a.HostIf
			if !eventually(f.reachable, t) {
				t.Fatal("a cannot reach b before any policy")
			}
			st1, err := f.l.Install(f.gen(1, map[string]int32{ia: tcShot}))
			if err != nil {
				t.Fatalf("install 1: %v", err)
			}
			if f.reachable(t) {
				t.Fatal("deny program attached but a reaches b")
			}
			if len(st1.Attachments) != 1 || st1.Attachments[0].Mode != mode {
				t.Fatalf("state after install 1: %+v", st1.Attachments)
			}
			st2, err := f.l.Install(f.gen(2, map[string]int32{ia: tcOK}))
			if err != nil {
				t.Fatalf("install 2: %v", err)
			}
			if !f.reachable(t) {
				t.Fatal("allow program attached but a cannot reach b")
			}
			if mode == ModeTCX && st2.Attachments[0].LinkID != st1.Attachments[0].LinkID {
				t.Errorf("link replaced (id %d → %d), want an in-place update", st1.Attachments[0].LinkID, st2.Attachments[0].LinkID)
			}
			if st2.Attachments[0].ProgramID == st1.Attachments[0].ProgramID {
				t.Error("program id unchanged after swap")
			}
			if _, err := os.Stat(st1.GenDir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("old generation pins %s not removed (%v)", st1.GenDir, err)
			}
			f.checkAttached(t, st2)

			// A failure in the middle of the swap rolls back what was swapped.
			f.l.cfg.failSwapAt = 2
			_, err = f.l.Install(f.gen(3, map[string]int32{ia: tcShot, f.b.HostIf: tcShot}))
			f.l.cfg.failSwapAt = 0
			if err == nil || !strings.Contains(err.Error(), "rolled back") {
				t.Fatalf("install 3: got %v, want a rolled-back failure", err)
			}
			f.assertUnchanged(t, st2)

			// Missing interface: refused before anything changes.
			_, err = f.l.Install(f.gen(4, map[string]int32{ia: tcShot, "nosuchif0": tcShot}))
			if err == nil || !strings.Contains(err.Error(), "nosuchif0") {
				t.Fatalf("install 4: got %v, want missing-interface error", err)
			}
			f.assertUnchanged(t, st2)

			// Verifier rejection: refused before anything changes.
			_, err = f.l.Install(f.gen(5, map[string]int32{ia: -1}))
			if err == nil || !strings.Contains(err.Error(), "verifier") {
				t.Fatalf("install 5: got %v, want a verifier error", err)
			}
			f.assertUnchanged(t, st2)

			// Shared map filled and pinned.
			m, err := ebpf.LoadPinnedMap(st2.GenDir+"/maps/shared", nil)
			if err != nil {
				t.Fatal(err)
			}
			var v uint32
			if err := m.Lookup(uint32(1), &v); err != nil || v != 2 {
				t.Errorf("shared[1] = %d, %v; want 2", v, err)
			}
			m.Close()

			if err := f.l.Detach(); err != nil {
				t.Fatalf("detach: %v", err)
			}
			if !f.reachable(t) {
				t.Fatal("detached but a cannot reach b")
			}
			st, _ := f.l.State()
			if len(st.Attachments) != 0 || st.Revision != 2 {
				t.Errorf("state after detach: %+v", st)
			}
		})
	}
}

// eventually retries a check for up to 3s (first packets wait for ARP).
func eventually(check func(*testing.T) bool, t *testing.T) bool {
	for i := 0; i < 6; i++ {
		if check(t) {
			return true
		}
	}
	return false
}

// assertUnchanged checks that st is still the applied state, enforcing.
func (f *fixture) assertUnchanged(t *testing.T, st *State) {
	t.Helper()
	cur, err := f.l.State()
	if err != nil {
		t.Fatal(err)
	}
	if cur.Revision != st.Revision || cur.GenDir != st.GenDir {
		t.Errorf("state changed to revision %d (%s), want %d", cur.Revision, cur.GenDir, st.Revision)
	}
	if !f.reachable(t) {
		t.Error("previous (allow) policy no longer enforcing: a cannot reach b")
	}
	f.checkAttached(t, st)
	if _, err := os.Stat(strings.Replace(st.GenDir, "gen-2", "gen-3", 1)); err == nil && strings.HasSuffix(st.GenDir, "gen-2") {
		t.Error("failed generation's pins left behind")
	}
}

// checkAttached checks the kernel has st's program on each hook.
func (f *fixture) checkAttached(t *testing.T, st *State) {
	t.Helper()
	for _, a := range st.Attachments {
		ids, err := AttachedProgramIDs(f.l.cfg.Netns, a)
		if err != nil {
			t.Fatalf("query %s: %v", a.Interface, err)
		}
		found := false
		for _, id := range ids {
			found = found || id == a.ProgramID
		}
		if !found {
			t.Errorf("%s %s: kernel has programs %v, want %d", a.Interface, a.Hook, ids, a.ProgramID)
		}
	}
}

func TestLoaderRefreshKeepsPrograms(t *testing.T) {
	f := newFixture(t, ModeTCX)
	g := f.gen(1, map[string]int32{f.a.HostIf: tcOK})
	g.Fills["shared"] = []KV{{Key: uint32(1), Value: uint32(10)}, {Key: uint32(2), Value: uint32(20)}}
	st1, err := f.l.Install(g)
	if err != nil {
		t.Fatal(err)
	}
	// Same bundle digest, new node data and one more interface: maps are
	// updated in place, the existing program stays, the new interface gets
	// the pinned program.
	g2 := f.gen(1, map[string]int32{f.a.HostIf: tcOK, f.b.HostIf: tcOK})
	g2.Objects = g.Objects
	g2.Attachments[1].Object = g.Attachments[0].Object
	g2.Fills["shared"] = []KV{{Key: uint32(2), Value: uint32(21)}, {Key: uint32(3), Value: uint32(30)}}
	st2, err := f.l.Install(g2)
	if err != nil {
		t.Fatal(err)
	}
	if st2.GenDir != st1.GenDir || st2.Attachments[0].ProgramID != st1.Attachments[0].ProgramID {
		t.Fatalf("refresh reloaded programs: %+v -> %+v", st1.Attachments, st2.Attachments)
	}
	if len(st2.Attachments) != 2 || st2.Attachments[1].ProgramID != st1.Attachments[0].ProgramID {
		t.Fatalf("new interface should get the pinned program %d: %+v", st1.Attachments[0].ProgramID, st2.Attachments)
	}
	f.checkAttached(t, st2)
	m, err := ebpf.LoadPinnedMap(st2.GenDir+"/maps/shared", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	got := map[uint32]uint32{}
	var k, v uint32
	for it := m.Iterate(); it.Next(&k, &v); {
		got[k] = v
	}
	if len(got) != 2 || got[2] != 21 || got[3] != 30 {
		t.Errorf("shared map after refresh = %v, want map[2:21 3:30]", got)
	}
}
