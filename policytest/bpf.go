package policytest

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/rlimit"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/internal/kernel"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// BPFKernel is the Kernel that generates the programs with codegen, loads
// them with their shared maps (populated by runtime.Populate) and runs them
// with BPF_PROG_TEST_RUN. Nothing is attached or pinned.
type BPFKernel struct {
	Options codegen.Options
}

// kernelSizes keep the test maps small: a test program has few identities.
func kernelSizes() runtime.Sizes {
	return runtime.Sizes{IPCache: 4096, Prefixes: 4096, Membership: 4096, CT: 1024, Events: 1 << 16}
}

// ProbeKernel returns nil when this process can load and test-run BPF
// programs, else an error phrased for users ("not permitted to load BPF
// (run as root)").
func ProbeKernel() error {
	// First in a child process: a kernel whose BPF loader is stuck would
	// otherwise hang this process for good. Any other failure is explained
	// by the in-process attempt below, which then fails fast.
	if err := kernel.ProbeBPF(kernel.DefaultProbeTimeout); errors.Is(err, kernel.ErrUnresponsive) {
		return &UnavailableError{Reason: "stuck kernel", Err: err}
	}
	if err := rlimit.RemoveMemlock(); err != nil {
		return explainKernelErr(err)
	}
	_, err := BPFKernel{}.Load(&ir.Program{})
	return err
}

func explainKernelErr(err error) error {
	switch {
	case errors.Is(err, os.ErrPermission):
		return &UnavailableError{Reason: "not permitted to load BPF (run as root)", Err: err}
	case errors.Is(err, ebpf.ErrNotSupported):
		return &UnavailableError{Reason: "the kernel lacks a BPF feature policyc needs", Err: err}
	}
	return err
}

// Load implements Kernel.
func (k BPFKernel) Load(p *ir.Program) (Datapath, error) {
	opts := k.Options
	if opts.Sizes == (runtime.Sizes{}) {
		opts.Sizes = kernelSizes()
	}
	out, err := codegen.Generate(p, opts)
	if err != nil {
		return nil, fmt.Errorf("generate programs: %w", err)
	}
	dp := &bpfDatapath{maps: map[string]*ebpf.Map{}, progs: map[progKey]*ebpf.Program{}}
	if err := dp.load(p, out); err != nil {
		dp.Close()
		return nil, err
	}
	return dp, nil
}

type progKey struct {
	subject ir.Identity
	dir     ir.Direction
}

// bpfDatapath holds the loaded maps and programs of one Program.
type bpfDatapath struct {
	maps  map[string]*ebpf.Map
	progs map[progKey]*ebpf.Program
	colls []*ebpf.Collection
}

func (d *bpfDatapath) load(p *ir.Program, out *codegen.Output) error {
	for _, spec := range out.Maps {
		s := spec.Copy()
		s.Pinning = ebpf.PinNone
		m, err := ebpf.NewMap(s)
		if err != nil {
			return explainKernelErr(fmt.Errorf("create map %s: %w", s.Name, err))
		}
		d.maps[s.Name] = m
	}
	if err := runtime.Populate(p, out.Layout, d.maps); err != nil {
		return err
	}
	for i := range out.Objects {
		obj := &out.Objects[i]
		cs := obj.CollectionSpec(out)
		for _, m := range cs.Maps {
			m.Pinning = ebpf.PinNone
		}
		coll, err := ebpf.NewCollectionWithOptions(cs, ebpf.CollectionOptions{MapReplacements: d.maps})
		if err != nil {
			return explainKernelErr(fmt.Errorf("load programs of subject %d: %w", obj.Subject, err))
		}
		d.colls = append(d.colls, coll)
		for _, pr := range obj.Programs {
			d.progs[progKey{obj.Subject, pr.Direction}] = coll.Programs[pr.Name]
		}
	}
	return nil
}

// Run implements Datapath.
func (d *bpfDatapath) Run(subject ir.Identity, dir ir.Direction, frame []byte) (KernelVerdict, bool, error) {
	prog := d.progs[progKey{subject, dir}]
	if prog == nil {
		return KernelVerdict{}, false, nil
	}
	if err := d.clearCT(); err != nil {
		return KernelVerdict{}, true, err
	}
	var in, out runtime.SkBuff
	ret, err := prog.Run(&ebpf.RunOptions{Data: frame, Context: in, ContextOut: &out})
	if err != nil {
		return KernelVerdict{}, true, fmt.Errorf("BPF_PROG_TEST_RUN: %w", err)
	}
	v := KernelVerdict{Action: ret, Mark: out.Mark}
	switch ret {
	case runtime.ActShot:
		v.Verdict = ir.Deny
	case runtime.ActOK:
		v.Verdict = ir.Allow
		if port, ok := runtime.MarkProxyPort(out.Mark); ok {
			v.Verdict, v.ProxyPort = ir.Redirect, port
		}
	default:
		return v, true, fmt.Errorf("unexpected return code %d", ret)
	}
	return v, true, nil
}

// clearCT empties the conntrack maps so every run starts a new flow.
func (d *bpfDatapath) clearCT() error {
	for _, name := range []string{runtime.MapCT4, runtime.MapCT6} {
		m := d.maps[name]
		if m == nil {
			continue
		}
		var keys [][]byte
		k, v := make([]byte, m.KeySize()), make([]byte, m.ValueSize())
		it := m.Iterate()
		for it.Next(&k, &v) {
			keys = append(keys, append([]byte(nil), k...))
		}
		if err := it.Err(); err != nil {
			return fmt.Errorf("clear %s: %w", name, err)
		}
		for _, key := range keys {
			if err := m.Delete(key); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
				return fmt.Errorf("clear %s: %w", name, err)
			}
		}
	}
	return nil
}

// Close implements Datapath.
// Closing is paced (kernel.CloseThrottled) so that many test files in a
// row never flood the kernel's deferred program frees.
func (d *bpfDatapath) Close() error {
	var cs []io.Closer
	for _, c := range d.colls {
		cs = append(cs, kernel.CloserFunc(func() error { c.Close(); return nil }))
	}
	for _, m := range d.maps {
		cs = append(cs, m)
	}
	return kernel.CloseThrottled(cs...)
}
