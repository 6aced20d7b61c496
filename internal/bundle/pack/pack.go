package pack

import (
	"fmt"
	"slices"

	"github.com/cilium/ebpf"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/internal/elfobj"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// Meta is the bundle metadata that does not come from the compiler.
type Meta struct {
	Revision uint64
	Compiler string
	Inputs   []bundle.Digest
}

// Bundle assembles an unsigned bundle from a compiled program and its
// generated code.
func Bundle(p *ir.Program, out *codegen.Output, meta Meta) (*bundle.Bundle, error) {
	in := bundle.Input{
		Revision: meta.Revision, Compiler: meta.Compiler, Inputs: meta.Inputs,
		KernelFeatures: kernelFeatures(out), Objects: map[string][]byte{}, Program: p,
	}
	for _, m := range out.Maps {
		in.Maps = append(in.Maps, bundle.MapSpec{Name: m.Name, Type: m.Type.String(), KeySize: m.KeySize,
			ValueSize: m.ValueSize, MaxEntries: m.MaxEntries, Flags: m.Flags, Shared: true})
	}
	for i := range out.Objects {
		o := &out.Objects[i]
		path := "objects/" + o.Name + ".o"
		eo := &elfobj.Object{License: codegen.License, Maps: out.Maps}
		for j := range o.Programs {
			pr := &o.Programs[j]
			eo.Programs = append(eo.Programs, elfobj.Program{Name: pr.Name, Section: pr.Section, Instructions: pr.Instructions})
			in.Programs = append(in.Programs, bundle.Program{Object: path, Name: pr.Name, Section: pr.Section,
				Subject: uint32(pr.Subject), Direction: pr.Direction.String(), Attach: attachPoint(pr.Direction)})
		}
		data, err := elfobj.Marshal(eo)
		if err != nil {
			return nil, fmt.Errorf("object %s: %w", o.Name, err)
		}
		in.Objects[path] = data
	}
	return bundle.New(in)
}

// attachPoint is the hook on the host-side interface: the pod's ingress is
// the interface's egress and vice versa (docs/datapath.md).
func attachPoint(d ir.Direction) string {
	if d == ir.Ingress {
		return bundle.AttachTCXEgress
	}
	return bundle.AttachTCXIngress
}

// kernelFeatures lists what the objects need from the kernel.
func kernelFeatures(out *codegen.Output) []string {
	f := []string{"tcx"}
	for _, m := range out.Maps {
		switch {
		case m.Type == ebpf.RingBuf:
			f = append(f, "ringbuf")
		case m.Type == ebpf.LPMTrie:
			f = append(f, "lpm_trie")
		case m.Type == ebpf.LRUHash:
			f = append(f, "lru_hash")
		case m.Name == runtime.MapRules:
			f = append(f, "percpu_array")
		}
	}
	slices.Sort(f)
	return slices.Compact(f)
}
