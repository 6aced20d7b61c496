package codegen

import (
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/internal/kernel"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// env is a generated Program loaded into the kernel: shared maps populated
// from the Program and every subject's two programs.
type env struct {
	p     *ir.Program
	out   *Output
	maps  map[string]*ebpf.Map
	progs map[progKey]*ebpf.Program
	close []func()
}

// release closes the env's programs and maps now (also run at cleanup).
// Closing is paced (kernel.CloseThrottled): a burst of thousands of
// program frees once wedged this kernel's BPF JIT allocator.
func (e *env) release() {
	cs := make([]io.Closer, len(e.close))
	for i, f := range e.close {
		cs[i] = kernel.CloserFunc(func() error { f(); return nil })
	}
	_ = kernel.CloseThrottled(cs...)
	e.close = nil
}

type progKey struct {
	subject ir.Identity
	dir     ir.Direction
}

func newEnv(t testing.TB, p *ir.Program, opts Options) *env {
	t.Helper()
	return newEnvFor(t, p, opts, nil)
}

// newEnvFor loads only the objects of the given subjects (all when nil):
// tests that load thousands of programs keep the kernel's JIT churn down.
func newEnvFor(t testing.TB, p *ir.Program, opts Options, subjects map[ir.Identity]bool) *env {
	t.Helper()
	testutils.RequireBPF(t)
	if opts.Sizes.CT == 0 {
		opts.Sizes = runtime.Sizes{IPCache: 4096, Prefixes: 4096, Membership: 4096, CT: 4096, Events: 1 << 16}
	}
	out, err := Generate(p, opts)
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	e := &env{p: p, out: out, maps: map[string]*ebpf.Map{}, progs: map[progKey]*ebpf.Program{}}
	t.Cleanup(e.release)
	for _, spec := range out.Maps {
		s := spec.Copy()
		s.Pinning = ebpf.PinNone
		m, err := ebpf.NewMap(s)
		if err != nil {
			t.Fatalf("create map %s: %v", s.Name, err)
		}
		e.close = append(e.close, func() { m.Close() })
		e.maps[s.Name] = m
	}
	if err := runtime.Populate(p, out.Layout, e.maps); err != nil {
		t.Fatal(err)
	}
	for i := range out.Objects {
		obj := &out.Objects[i]
		if subjects != nil && !subjects[obj.Subject] {
			continue
		}
		cs := obj.CollectionSpec(out)
		for _, m := range cs.Maps {
			m.Pinning = ebpf.PinNone
		}
		coll, err := ebpf.NewCollectionWithOptions(cs, ebpf.CollectionOptions{MapReplacements: e.maps})
		if err != nil {
			t.Fatalf("load %s: %v", obj.Name, explainLoad(err, obj))
		}
		e.close = append(e.close, coll.Close)
		for _, pr := range obj.Programs {
			e.progs[progKey{obj.Subject, pr.Direction}] = coll.Programs[pr.Name]
		}
	}
	return e
}

func explainLoad(err error, obj *Object) error {
	var ve *ebpf.VerifierError
	if errors.As(err, &ve) {
		for i := range obj.Programs {
			if expl := ExplainVerifierError(err, obj.Programs[i].Instructions); expl != "" {
				return fmt.Errorf("%w\n%s: %s", err, obj.Programs[i].Name, expl)
			}
		}
	}
	return err
}

// run runs the program of (subject, dir) on packet data and returns the
// program's return code and the mark it left.
func (e *env) run(t testing.TB, subject ir.Identity, dir ir.Direction, data []byte) (uint32, uint32) {
	t.Helper()
	prog := e.progs[progKey{subject, dir}]
	if prog == nil {
		t.Fatalf("no program for subject %d %s", subject, dir)
	}
	var in, out runtime.SkBuff
	ret, err := prog.Run(&ebpf.RunOptions{Data: data, Context: in, ContextOut: &out})
	if err != nil {
		t.Fatalf("run subject %d %s: %v", subject, dir, err)
	}
	return ret, out.Mark
}

// verdict runs a packet and decodes the result as (verdict, proxy port).
func (e *env) verdict(t testing.TB, subject ir.Identity, dir ir.Direction, data []byte) (ir.Verdict, uint16) {
	t.Helper()
	ret, mark := e.run(t, subject, dir, data)
	switch ret {
	case runtime.ActShot:
		return ir.Deny, 0
	case runtime.ActOK:
		if port, ok := runtime.MarkProxyPort(mark); ok {
			return ir.Redirect, port
		}
		return ir.Allow, 0
	}
	t.Fatalf("unexpected return code %d", ret)
	return 0, 0
}

// clearCT empties the conntrack maps.
func (e *env) clearCT(t testing.TB) {
	t.Helper()
	for _, name := range []string{runtime.MapCT4, runtime.MapCT6} {
		if m := e.maps[name]; m != nil {
			clearMap(m)
		}
	}
}

// clearMap deletes every key of m.
func clearMap(m *ebpf.Map) {
	var keys [][]byte
	k := make([]byte, m.KeySize())
	it := m.Iterate()
	v := make([]byte, m.ValueSize())
	for it.Next(&k, &v) {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, key := range keys {
		_ = m.Delete(key)
	}
}

// ruleCount sums the per-CPU packet counter of a rule id.
func (e *env) ruleCount(t testing.TB, id uint32) uint64 {
	t.Helper()
	var vals []runtime.Counter
	if err := e.maps[runtime.MapRules].Lookup(id, &vals); err != nil {
		t.Fatalf("rules counter %d: %v", id, err)
	}
	var n uint64
	for _, v := range vals {
		n += v.Packets
	}
	return n
}
