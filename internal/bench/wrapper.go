package bench

import (
	"errors"
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// wrapperFailed is what a reset wrapper returns when its tail call fails.
const wrapperFailed = 0xbad

// resetWrapper makes every iteration of a test run a new flow (§4.1: with
// repeat > 1 the same skb is reused, so the conntrack entry the first
// iteration creates would turn the rest into CT hits). It deletes key from
// ct, then tail calls target with a constant key (a patched direct jump,
// ≈0 ns, §5.2 (f)). Its own cost is measured by wrapping the empty program
// the same way (the key is then absent, so that figure is a lower bound of
// the overhead and subtracting it overstates the target's cost).
type resetWrapper struct {
	Prog  *ebpf.Program
	calls *ebpf.Map // must stay open while Prog runs (§4)
}

func (w *resetWrapper) Close() error {
	return errors.Join(w.Prog.Close(), w.calls.Close())
}

// newResetWrapper builds the wrapper; attach must be the target's expected
// attach type (tail calls require it to match, datapath-anchors.md §4).
func newResetWrapper(ct *ebpf.Map, key []byte, target *ebpf.Program, attach ebpf.AttachType) (*resetWrapper, error) {
	if len(key) > 64 {
		return nil, fmt.Errorf("reset wrapper: %d-byte key too long", len(key))
	}
	calls, err := ebpf.NewMap(&ebpf.MapSpec{Name: "bench_reset", Type: ebpf.ProgramArray, KeySize: 4, ValueSize: 4, MaxEntries: 1})
	if err != nil {
		return nil, fmt.Errorf("reset wrapper: %w", err)
	}
	if err := calls.Put(uint32(0), target); err != nil {
		calls.Close()
		return nil, fmt.Errorf("reset wrapper: %w", err)
	}
	off := -int16((len(key) + 7) &^ 7)
	var b builder
	b.emit(asm.Mov.Reg(asm.R6, asm.R1))
	b.storeBytes(off, key)
	b.emit(
		asm.LoadMapPtr(asm.R1, ct.FD()),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, int32(off)),
		asm.FnMapDeleteElem.Call(),
		asm.Mov.Reg(asm.R1, asm.R6),
		asm.LoadMapPtr(asm.R2, calls.FD()),
		asm.Mov.Imm(asm.R3, 0),
		asm.FnTailCall.Call(),
		asm.Mov.Imm(asm.R0, wrapperFailed),
		asm.Return(),
	)
	spec := programSpec("bench_reset", b.ins)
	spec.AttachType = attach
	prog, err := ebpf.NewProgram(spec)
	if err != nil {
		calls.Close()
		return nil, fmt.Errorf("reset wrapper: %w", err)
	}
	return &resetWrapper{Prog: prog, calls: calls}, nil
}
