package codegen

import (
	"fmt"

	"github.com/policyc/policyc/internal/elfobj"
)

// ELF returns the object as a relocatable BPF ELF file: both programs and
// the definitions of every shared map (pinned by name, so objects of one
// Output share them when loaded with a pin path).
func (o *Object) ELF(out *Output) ([]byte, error) {
	eo := &elfobj.Object{License: License, Maps: out.Maps}
	for _, p := range o.Programs {
		eo.Programs = append(eo.Programs, elfobj.Program{Name: p.Name, Section: p.Section, Instructions: p.Instructions})
	}
	b, err := elfobj.Marshal(eo)
	if err != nil {
		return nil, fmt.Errorf("object %s: %w", o.Name, err)
	}
	return b, nil
}
