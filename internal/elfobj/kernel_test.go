package elfobj

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/policyc/policyc/internal/testutils"
)

// uniqueName returns prefix plus 8 random hex digits: short enough for a
// kernel object name, unique across concurrent test runs.
func uniqueName(t testing.TB, prefix string) string {
	t.Helper()
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	return prefix + hex.EncodeToString(b[:])
}

// privateBPFFS mounts a fresh bpffs instance in a temporary directory, so
// pins never collide with concurrent runs or depend on /sys/fs/bpf.
func privateBPFFS(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := unix.Mount("bpf", dir, "bpf", 0, "mode=0700"); err != nil {
		t.Fatalf("mount bpffs on %s: %v", dir, err)
	}
	t.Cleanup(func() {
		if err := unix.Unmount(dir, unix.MNT_DETACH); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

func run(t *testing.T, p *ebpf.Program) uint32 {
	t.Helper()
	ret, err := p.Run(&ebpf.RunOptions{Data: make([]byte, 64)})
	if err != nil {
		t.Fatalf("run %v: %v", p, err)
	}
	return ret
}

// TestKernel loads the written object with cilium/ebpf and runs it.
func TestKernel(t *testing.T) {
	testutils.RequireBPF(t)
	testutils.RequireRoot(t) // the pinned LPM trie needs bpffs
	lpm := uniqueName(t, "lpm")
	spec := loadSpec(t, mustMarshal(t, testObject(true, lpm)))
	pins := privateBPFFS(t)
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Maps: ebpf.MapOptions{PinPath: pins}})
	if err != nil {
		t.Fatalf("NewCollection: %v", err)
	}
	defer coll.Close()

	ingress, egress, cls := coll.Programs["ingress"], coll.Programs["egress"], coll.Programs["cls"]
	if got := run(t, ingress); got != 0 {
		t.Errorf("ingress on an empty map = %d, want 0", got)
	}
	if got := run(t, egress); got != 100 {
		t.Errorf("egress on an empty map = %d, want 100", got)
	}
	if err := coll.Maps["verdicts"].Put(uint32(7), uint32(42)); err != nil {
		t.Fatal(err)
	}
	if got := run(t, ingress); got != 42 {
		t.Errorf("ingress after Put(7, 42) = %d, want 42", got)
	}
	if got := run(t, egress); got != 142 {
		t.Errorf("egress (bpf-to-bpf call) after Put(7, 42) = %d, want 142", got)
	}
	if got := run(t, cls); got != 5 {
		t.Errorf("cls with an empty program array = %d, want 5 (tail call falls through)", got)
	}
	if err := coll.Maps["jmp"].Put(uint32(0), ingress); err != nil {
		t.Fatal(err)
	}
	if got := run(t, cls); got != 42 {
		t.Errorf("cls tail-calling ingress = %d, want 42", got)
	}
	if got := run(t, coll.Programs["tcxin"]); got != 1 {
		t.Errorf("tcxin = %d, want 1", got)
	}

	// The LPM trie (BPF_F_NO_PREALLOC, pinned) does longest-prefix matches
	// with the key layout the BTF describes.
	trie := coll.Maps[lpm]
	key := func(plen uint32, a, b, c, d byte) []byte {
		return append(binary.LittleEndian.AppendUint32(nil, plen), a, b, c, d)
	}
	if err := trie.Put(key(8, 10, 0, 0, 0), uint32(8)); err != nil {
		t.Fatal(err)
	}
	if err := trie.Put(key(24, 10, 1, 2, 0), uint32(24)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		k    []byte
		want uint32
	}{{key(32, 10, 1, 2, 3), 24}, {key(32, 10, 9, 9, 9), 8}} {
		var v uint32
		if err := trie.Lookup(c.k, &v); err != nil || v != c.want {
			t.Errorf("LPM lookup % x = %d, %v; want %d", c.k, v, err, c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(pins, lpm)); err != nil {
		t.Errorf("pinned map: %v", err)
	}
	// The LRU hash takes the 16-byte struct key.
	ct := coll.Maps["ct"]
	ctKey := bytes.Repeat([]byte{1}, 16)
	if err := ct.Put(ctKey, uint64(9)); err != nil {
		t.Fatal(err)
	}
	var v uint64
	if err := ct.Lookup(ctKey, &v); err != nil || v != 9 {
		t.Errorf("LRU lookup = %d, %v", v, err)
	}
	info, err := ct.Info()
	if err != nil {
		t.Fatal(err)
	}
	if info.Type != ebpf.LRUHash || info.KeySize != 16 || info.ValueSize != 8 {
		t.Errorf("ct info %+v", info)
	}
}
