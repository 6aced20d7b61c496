package elfobj

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/cilium/ebpf/asm"
)

// textSection holds bpf-to-bpf callees, as clang emits them.
const textSection = ".text"

// Relocation types of the BPF ELF ABI (kernel Documentation/bpf/llvm_reloc.rst).
// debug/elf does not define them.
const (
	relBPF6464 = 1  // R_BPF_64_64: ld_imm64 of a map (or other object)
	relBPF6432 = 10 // R_BPF_64_32: bpf-to-bpf call
)

// reloc is one relocation, offset relative to its function's start.
type reloc struct {
	offset uint64
	symbol string
	typ    uint32
}

// function is one encoded symbol: an entry program or a callee.
type function struct {
	name   string
	offset uint64 // byte offset in its section, set by layoutCode
	data   []byte
	relocs []reloc
}

// codeSection is one executable ELF section and the functions in it.
type codeSection struct {
	name  string
	funcs []*function
}

func (s *codeSection) size() uint64 {
	var n uint64
	for _, f := range s.funcs {
		n += uint64(len(f.data))
	}
	return n
}

// code is every executable section: program sections by name, then .text.
type code struct {
	sections []*codeSection
}

// InstructionError reports an instruction Write cannot encode faithfully: a
// jump beyond the range of its offset field, outside its function or to an
// unknown label; a reference to an unknown map; an unsupported load or call.
// It names the instruction and the asm.Comment of its block, so callers can
// point at the rule that produced it.
type InstructionError struct {
	Program     string // entry program whose Instructions hold it
	Function    string // function (entry or callee) containing it
	Index       int    // index in Program.Instructions
	Instruction string // the instruction, disassembled
	Source      string // the nearest asm.Comment (source) at or before it, if any
	Reason      string
}

func (e *InstructionError) Error() string {
	msg := fmt.Sprintf("elfobj: program %s: function %s: instruction %d (%s): %s",
		e.Program, e.Function, e.Index, e.Instruction, e.Reason)
	if e.Source != "" {
		msg += " (from: " + e.Source + ")"
	}
	return msg
}

// layoutCode splits every program into its entry function and callees,
// encodes them and lays them out in sections.
func layoutCode(progs []Program, maps map[string]bool) (*code, error) {
	var (
		c       code
		bySec   = make(map[string]*codeSection)
		text    = &codeSection{name: textSection}
		callees = make(map[string]*function)
		owner   = make(map[string]string)
	)
	for _, p := range progs {
		parts, err := splitFunctions(p)
		if err != nil {
			return nil, err
		}
		for i, part := range parts {
			f, err := encodeFunction(p, part, maps)
			if err != nil {
				return nil, err
			}
			if i == 0 {
				sec := bySec[p.Section]
				if sec == nil {
					sec = &codeSection{name: p.Section}
					bySec[p.Section] = sec
					c.sections = append(c.sections, sec)
				}
				sec.funcs = append(sec.funcs, f)
				continue
			}
			if prev, ok := callees[f.name]; ok {
				if !bytes.Equal(prev.data, f.data) || !slices.Equal(prev.relocs, f.relocs) {
					return nil, fmt.Errorf("elfobj: sub-program %s differs between programs %s and %s", f.name, owner[f.name], p.Name)
				}
				continue
			}
			callees[f.name] = f
			owner[f.name] = p.Name
			text.funcs = append(text.funcs, f)
		}
	}
	if len(text.funcs) > 0 {
		c.sections = append(c.sections, text)
	}
	for _, s := range c.sections {
		var off uint64
		for _, f := range s.funcs {
			f.offset = off
			off += uint64(len(f.data))
		}
	}
	return &c, nil
}

// part is a function's slice of a program's instructions.
type part struct {
	name  string
	start int // index of its first instruction in Program.Instructions
	insns asm.Instructions
}

// splitFunctions cuts p.Instructions at every instruction whose symbol is the
// target of a bpf-to-bpf call. The first part is the entry point.
func splitFunctions(p Program) ([]part, error) {
	targets := make(map[string]bool)
	for i, ins := range p.Instructions {
		if !ins.IsFunctionCall() {
			continue
		}
		if ins.Reference() == "" {
			return nil, &InstructionError{Program: p.Name, Function: p.Name, Index: i, Instruction: fmt.Sprint(ins),
				Source: sourceOf(p.Instructions, i), Reason: "bpf-to-bpf call without a symbol reference (use asm.Call.Label)"}
		}
		targets[ins.Reference()] = true
	}
	if s := p.Instructions[0].Symbol(); targets[s] {
		return nil, fmt.Errorf("elfobj: program %s: calls to the entry function %s are not supported", p.Name, s)
	}
	parts := []part{{name: p.Name, start: 0}}
	for i := 1; i < len(p.Instructions); i++ {
		if s := p.Instructions[i].Symbol(); targets[s] {
			if !validName(s) {
				return nil, fmt.Errorf("elfobj: program %s: sub-program name %q: want [A-Za-z0-9_]+", p.Name, s)
			}
			parts = append(parts, part{name: s, start: i})
		}
	}
	defined := make(map[string]bool)
	for j := range parts {
		end := len(p.Instructions)
		if j+1 < len(parts) {
			end = parts[j+1].start
		}
		parts[j].insns = p.Instructions[parts[j].start:end]
		if defined[parts[j].name] {
			return nil, fmt.Errorf("elfobj: program %s: sub-program %s defined twice", p.Name, parts[j].name)
		}
		defined[parts[j].name] = true
	}
	for t := range targets {
		if !defined[t] {
			return nil, fmt.Errorf("elfobj: program %s: call to undefined function %s", p.Name, t)
		}
	}
	return parts, nil
}

// sourceOf returns the asm.Comment (or other source) of insns[i], or of the
// nearest instruction before it that has one.
func sourceOf(insns asm.Instructions, i int) string {
	for ; i >= 0; i-- {
		if s := insns[i].Source(); s != nil {
			return s.String()
		}
	}
	return ""
}

// encodeFunction resolves labels, range-checks jumps, rewrites map loads and
// calls for relocation and encodes fn.
func encodeFunction(p Program, fn part, maps map[string]bool) (*function, error) {
	insns := slices.Clone(fn.insns)
	raw := make([]int64, len(insns)+1) // raw offset of each instruction, and the end
	labels := make(map[string]int64)
	starts := make(map[int64]bool)
	for i, ins := range insns {
		if s := ins.Symbol(); s != "" {
			if _, dup := labels[s]; dup {
				return nil, fmt.Errorf("elfobj: program %s: function %s: duplicate label %s", p.Name, fn.name, s)
			}
			labels[s] = raw[i]
		}
		starts[raw[i]] = true
		raw[i+1] = raw[i] + int64(ins.Size()/asm.InstructionSize)
	}
	f := &function{name: fn.name}
	for i := range insns {
		ins := &insns[i]
		insnErr := func(reason string) error {
			return &InstructionError{Program: p.Name, Function: fn.name, Index: fn.start + i, Instruction: fmt.Sprint(fn.insns[i]),
				Source: sourceOf(p.Instructions, fn.start+i), Reason: reason}
		}
		rel, err := rewriteInstruction(ins, raw[i], raw[len(insns)], labels, starts, maps)
		if err != nil {
			return nil, insnErr(err.Error())
		}
		if rel != nil {
			f.relocs = append(f.relocs, *rel)
		}
		ins.Metadata = asm.Metadata{}
	}
	var buf bytes.Buffer
	if err := insns.Marshal(&buf, binary.LittleEndian); err != nil {
		return nil, fmt.Errorf("elfobj: program %s: function %s: %w", p.Name, fn.name, err)
	}
	f.data = buf.Bytes()
	return f, nil
}

// rewriteInstruction turns ins (at raw offset off in a function of length
// end) into its ELF encoding and returns the relocation it needs, if any.
func rewriteInstruction(ins *asm.Instruction, off, end int64, labels map[string]int64, starts map[int64]bool, maps map[string]bool) (*reloc, error) {
	switch {
	case ins.OpCode.IsDWordLoad():
		return rewriteDWordLoad(ins, off, maps)
	case ins.IsFunctionCall():
		ins.Constant = -1
		return &reloc{offset: uint64(off) * asm.InstructionSize, symbol: ins.Reference(), typ: relBPF6432}, nil
	case ins.IsKfuncCall():
		return nil, fmt.Errorf("kfunc calls are not supported")
	case !ins.OpCode.Class().IsJump() || ins.OpCode.JumpOp() == asm.Call || ins.OpCode.JumpOp() == asm.Exit:
		if ins.Reference() != "" {
			return nil, fmt.Errorf("unexpected symbol reference %q", ins.Reference())
		}
		return nil, nil
	}
	// A jump. gotol (ja in the jump32 class) keeps its offset in the constant.
	long := ins.OpCode.Class() == asm.Jump32Class && ins.OpCode.JumpOp() == asm.Ja
	var delta int64
	if ref := ins.Reference(); ref != "" {
		target, ok := labels[ref]
		if !ok {
			return nil, fmt.Errorf("jump to label %q, which is not in this function", ref)
		}
		delta = target - off - 1
	} else if long {
		delta = ins.Constant
	} else {
		delta = int64(ins.Offset)
	}
	if target := off + 1 + delta; target < 0 || target >= end || !starts[target] {
		return nil, fmt.Errorf("jump by %d lands outside the function or inside an instruction", delta)
	}
	if long {
		if delta < math.MinInt32 || delta > math.MaxInt32 {
			return nil, fmt.Errorf("jump by %d instructions exceeds the int32 range of gotol", delta)
		}
		ins.Constant = delta
		return nil, nil
	}
	if delta < math.MinInt16 || delta > math.MaxInt16 {
		return nil, fmt.Errorf("jump by %d instructions exceeds the int16 offset range [%d, %d]", delta, math.MinInt16, math.MaxInt16)
	}
	ins.Offset = int16(delta)
	return nil, nil
}

// rewriteDWordLoad handles ld_imm64: map references get an R_BPF_64_64
// relocation and are written with src_reg 0 and imm 0, as LLVM does; plain
// 64-bit constants pass through.
func rewriteDWordLoad(ins *asm.Instruction, off int64, maps map[string]bool) (*reloc, error) {
	ref := ins.Reference()
	switch ins.Src {
	case asm.PseudoMapFD:
	case asm.PseudoMapValue:
		return nil, fmt.Errorf("direct map value loads are not supported")
	case asm.PseudoFunc:
		return nil, fmt.Errorf("function pointer loads are not supported")
	case asm.R0:
		if ref == "" {
			return nil, nil
		}
	default:
		return nil, fmt.Errorf("ld_imm64 with src_reg %s is not supported", ins.Src)
	}
	if ins.Map() != nil {
		return nil, fmt.Errorf("map load carries a loaded map; reference it by name instead")
	}
	if ref == "" {
		return nil, fmt.Errorf("map load without a map reference (use LoadMapPtr(dst, 0).WithReference(name))")
	}
	if !maps[ref] {
		return nil, fmt.Errorf("reference to unknown map %q", ref)
	}
	if ins.Constant != 0 {
		return nil, fmt.Errorf("map load with a non-zero constant %d", ins.Constant)
	}
	ins.Src, ins.Constant = asm.R0, 0
	return &reloc{offset: uint64(off) * asm.InstructionSize, symbol: ref, typ: relBPF6464}, nil
}
