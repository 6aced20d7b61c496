package codegen

import (
	"fmt"

	"github.com/cilium/ebpf/asm"
)

// builder accumulates instructions with symbolic labels. It drops code that
// follows an unconditional jump or exit until the next label (the verifier
// rejects unreachable instructions), lets several labels name one
// instruction, and attaches a pending asm.Comment to the next instruction.
type builder struct {
	insns   asm.Instructions
	labels  []string          // labels waiting for the next instruction
	alias   map[string]string // label -> the symbol that carries it
	comment string
	dead    bool
	seq     int
}

func newBuilder() *builder { return &builder{alias: map[string]string{}} }

// fresh returns a new unique label with the given prefix.
func (b *builder) fresh(prefix string) string {
	b.seq++
	return fmt.Sprintf("%s_%d", prefix, b.seq)
}

// label names the next emitted instruction.
func (b *builder) label(name string) {
	b.labels = append(b.labels, name)
	b.dead = false
}

// note attaches a comment to the next emitted instruction.
func (b *builder) note(format string, args ...any) {
	b.comment = fmt.Sprintf(format, args...)
}

func (b *builder) emit(ins ...asm.Instruction) {
	for _, in := range ins {
		if b.dead {
			continue
		}
		if len(b.labels) > 0 {
			in = in.WithSymbol(b.labels[0])
			for _, l := range b.labels[1:] {
				b.alias[l] = b.labels[0]
			}
			b.labels = b.labels[:0]
		}
		if b.comment != "" {
			in = in.WithSource(asm.Comment(b.comment))
			b.comment = ""
		}
		b.insns = append(b.insns, in)
		op := in.OpCode.JumpOp()
		if op == asm.Exit || (op == asm.Ja && in.OpCode.Class().IsJump()) {
			b.dead = true
		}
	}
}

// finish resolves label aliases and makes every jump fit: an unconditional
// jump beyond int16 becomes a long jump (gotol), a conditional one is
// rewritten as the inverted condition over a long jump. It fails on jumps to
// missing labels.
func (b *builder) finish() (asm.Instructions, error) {
	if len(b.labels) > 0 {
		return nil, fmt.Errorf("codegen: labels %v name no instruction", b.labels)
	}
	insns := b.insns
	for i := range insns {
		if r := insns[i].Reference(); r != "" && !insns[i].IsLoadFromMap() {
			if a, ok := b.alias[r]; ok {
				insns[i] = insns[i].WithReference(a)
			}
		}
	}
	for {
		changed, out, err := fixRanges(insns)
		if err != nil {
			return nil, err
		}
		if !changed {
			return out, nil
		}
		insns = out
	}
}

// jumpReach is the longest 16-bit jump the generator emits. The hard limit
// is 32767, but the verifier rewrites instructions after we encode them
// (inlined helpers, map lookups) and fails with "cannot be patched due to
// 16-bit range" when a rewrite pushes a jump past the limit; half the range
// leaves headroom. Longer jumps become gotol (32-bit, kernel >= 6.6).
const jumpReach = 16383

var inverse = map[asm.JumpOp]asm.JumpOp{
	asm.JEq: asm.JNE, asm.JNE: asm.JEq,
	asm.JGT: asm.JLE, asm.JLE: asm.JGT,
	asm.JGE: asm.JLT, asm.JLT: asm.JGE,
	asm.JSGT: asm.JSLE, asm.JSLE: asm.JSGT,
	asm.JSGE: asm.JSLT, asm.JSLT: asm.JSGE,
}

func fixRanges(insns asm.Instructions) (bool, asm.Instructions, error) {
	offsets := make(map[string]int, len(insns)/4)
	pos := make([]int, len(insns))
	off := 0
	for i, in := range insns {
		pos[i] = off
		if s := in.Symbol(); s != "" {
			offsets[s] = off
		}
		off += int(in.Size() / asm.InstructionSize)
	}
	var out asm.Instructions
	changed := false
	for i, in := range insns {
		ref := in.Reference()
		if ref == "" || !in.OpCode.Class().IsJump() || in.IsFunctionCall() {
			out = append(out, in)
			continue
		}
		target, ok := offsets[ref]
		if !ok {
			return false, nil, fmt.Errorf("codegen: jump to undefined label %q at instruction %d", ref, i)
		}
		delta := target - pos[i] - 1
		if delta >= -jumpReach && delta <= jumpReach || in.OpCode.Class() == asm.Jump32Class && in.OpCode.JumpOp() == asm.Ja {
			out = append(out, in)
			continue
		}
		changed = true
		op := in.OpCode.JumpOp()
		if op == asm.Ja {
			out = append(out, asm.LongJump(ref).WithMetadata(in.Metadata))
			continue
		}
		inv, ok := inverse[op]
		if !ok {
			return false, nil, fmt.Errorf("codegen: conditional jump %v at instruction %d out of range and not invertible", in, i)
		}
		skip := fmt.Sprintf("%s_far_%d", ref, i)
		flipped := in
		flipped.OpCode = in.OpCode.SetJumpOp(inv)
		out = append(out, flipped.WithReference(skip), asm.LongJump(ref))
		// The instruction after the long jump carries the skip label; if it
		// already has a symbol, alias by inserting a no-op jump-free move.
		if i+1 >= len(insns) {
			return false, nil, fmt.Errorf("codegen: jump at end of program")
		}
		next := insns[i+1]
		if next.Symbol() != "" {
			out[len(out)-2] = flipped.WithReference(next.Symbol())
			continue
		}
		insns[i+1] = next.WithSymbol(skip)
	}
	return changed, out, nil
}
