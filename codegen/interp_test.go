package codegen

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/runtime"
)

// interp is a small eBPF interpreter for the instruction subset codegen
// emits. It is a second, kernel-independent way to run generated programs
// (it does not replace the kernel tests: it has no verifier). Pointers are
// tagged: region<<32 | offset.
type interp struct {
	maps   map[string]*imap
	values [][]byte // map value buffers handed out by lookups (region valueBase+i)
	// nonLinear makes run start with only the first linear bytes of the
	// packet in the skb's linear area (direct packet access), as a
	// non-linear skb; bpf_skb_pull_data extends it.
	nonLinear bool
	linear    int
}

const (
	regionStack = 1
	regionCtx   = 2
	regionPkt   = 3
	regionMap   = 16   // + map index: map pointers
	valueBase   = 4096 // + index into values
	stackSize   = 512
)

type imap struct {
	spec    *ebpf.MapSpec
	index   int
	entries map[string]int // key bytes -> index into interp.values
}

func newInterp(specs []*ebpf.MapSpec) *interp {
	in := &interp{maps: map[string]*imap{}}
	for i, s := range specs {
		in.maps[s.Name] = &imap{spec: s, index: i, entries: map[string]int{}}
	}
	return in
}

func encode(v any) []byte {
	var b bytes.Buffer
	if err := binary.Write(&b, binary.LittleEndian, v); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func (in *interp) put(name string, key, value []byte) {
	m := in.maps[name]
	if i, ok := m.entries[string(key)]; ok {
		copy(in.values[i], value)
		return
	}
	m.entries[string(key)] = len(in.values)
	in.values = append(in.values, append([]byte(nil), value...))
}

// clearCT empties the conntrack maps.
func (in *interp) clearCT() {
	for _, name := range []string{runtime.MapCT4, runtime.MapCT6} {
		if m := in.maps[name]; m != nil {
			m.entries = map[string]int{}
		}
	}
}

// populate fills the interpreter's maps like runtime.Populate.
func (in *interp) populate(p *ir.Program, l runtime.Layout) {
	for _, e := range runtime.MapEntries(p, l) {
		in.put(e.Map, encode(e.Key), encode(e.Value))
	}
}

func (in *interp) lookup(m *imap, key []byte) uint64 {
	switch m.spec.Type {
	case ebpf.PerCPUArray, ebpf.Array:
		idx := binary.LittleEndian.Uint32(key)
		if idx >= m.spec.MaxEntries {
			return 0
		}
		if _, ok := m.entries[string(key)]; !ok {
			in.put(m.spec.Name, key, make([]byte, m.spec.ValueSize))
		}
	case ebpf.LPMTrie:
		return in.lpm(m, key)
	}
	i, ok := m.entries[string(key)]
	if !ok {
		return 0
	}
	return uint64(valueBase+i) << 32
}

func (in *interp) lpm(m *imap, key []byte) uint64 {
	want := binary.LittleEndian.Uint32(key)
	best, bestLen := -1, -1
	for k, i := range m.entries {
		plen := int(binary.LittleEndian.Uint32([]byte(k)))
		if plen > int(want) || plen <= bestLen || !prefixEqual([]byte(k)[4:], key[4:], plen) {
			continue
		}
		best, bestLen = i, plen
	}
	if best < 0 {
		return 0
	}
	return uint64(valueBase+best) << 32
}

func prefixEqual(a, b []byte, n int) bool {
	for i := 0; i < n; i++ {
		if (a[i/8]>>(7-i%8))&1 != (b[i/8]>>(7-i%8))&1 {
			return false
		}
	}
	return true
}

// mem returns the byte slice a tagged pointer refers to.
func (in *interp) mem(ptr uint64, stack, ctx, pkt []byte) ([]byte, int, error) {
	region, off := ptr>>32, int(int32(uint32(ptr)))
	switch {
	case region == regionStack:
		return stack, off, nil
	case region == regionCtx:
		return ctx, off, nil
	case region == regionPkt:
		return pkt, off, nil
	case region >= valueBase && int(region-valueBase) < len(in.values):
		return in.values[region-valueBase], off, nil
	}
	return nil, 0, fmt.Errorf("bad pointer %#x", ptr)
}

func (in *interp) read(ptr uint64, size int, stack, ctx, pkt []byte) ([]byte, error) {
	m, off, err := in.mem(ptr, stack, ctx, pkt)
	if err != nil {
		return nil, err
	}
	if off < 0 || off+size > len(m) {
		return nil, fmt.Errorf("out of bounds access %#x+%d (region size %d)", ptr, size, len(m))
	}
	return m[off : off+size], nil
}

// run executes insns on a packet and returns r0 and the resulting mark.
func (in *interp) run(insns asm.Instructions, pkt []byte) (uint64, uint32, error) {
	labels := map[string]int{}
	for i, ins := range insns {
		if s := ins.Symbol(); s != "" {
			labels[s] = i
		}
	}
	var r [11]uint64
	stack := make([]byte, stackSize)
	ctx := make([]byte, unsafe.Sizeof(runtime.SkBuff{}))
	binary.LittleEndian.PutUint32(ctx[unsafe.Offsetof(runtime.SkBuff{}.Len):], uint32(len(pkt)))
	full := pkt
	if in.nonLinear {
		pkt = full[:min(in.linear, len(full))]
	}
	r[1] = regionCtx << 32
	r[10] = regionStack<<32 | stackSize
	for pc, steps := 0, 0; ; pc, steps = pc+1, steps+1 {
		if pc >= len(insns) || steps > 1_000_000 {
			return 0, 0, fmt.Errorf("ran off the program at %d", pc)
		}
		ins := insns[pc]
		op := ins.OpCode
		switch cls := op.Class(); {
		case ins.IsLoadFromMap():
			m := in.maps[ins.Reference()]
			if m == nil {
				return 0, 0, fmt.Errorf("unknown map %q", ins.Reference())
			}
			r[ins.Dst] = uint64(regionMap+m.index) << 32
		case cls == asm.LdXClass:
			size := op.Size().Sizeof()
			addr := r[ins.Src] + uint64(int64(ins.Offset))
			if addr>>32 == regionCtx && (ins.Offset == skbData || ins.Offset == skbDataEnd) {
				r[ins.Dst] = regionPkt << 32
				if ins.Offset == skbDataEnd {
					r[ins.Dst] |= uint64(len(pkt))
				}
				continue
			}
			b, err := in.read(addr, size, stack, ctx, pkt)
			if err != nil {
				return 0, 0, fmt.Errorf("insn %d %v: %w", pc, ins, err)
			}
			r[ins.Dst] = leUint(b)
		case cls == asm.StXClass || cls == asm.StClass:
			size := op.Size().Sizeof()
			b, err := in.read(r[ins.Dst]+uint64(int64(ins.Offset)), size, stack, ctx, pkt)
			if err != nil {
				return 0, 0, fmt.Errorf("insn %d %v: %w", pc, ins, err)
			}
			v := uint64(ins.Constant)
			if cls == asm.StXClass {
				v = r[ins.Src]
			}
			putLE(b, v)
		case cls.IsALU():
			if err := alu(&r, ins); err != nil {
				return 0, 0, fmt.Errorf("insn %d: %w", pc, err)
			}
		case cls.IsJump():
			switch op.JumpOp() {
			case asm.Exit:
				return r[0], binary.LittleEndian.Uint32(ctx[skbMark:]), nil
			case asm.Call:
				if fn := asm.BuiltinFunc(ins.Constant); fn == asm.FnSkbPullData {
					pkt = pullData(&r, full, pkt)
					continue
				}
				if err := in.call(&r, asm.BuiltinFunc(ins.Constant), stack, ctx, pkt); err != nil {
					return 0, 0, fmt.Errorf("insn %d: %w", pc, err)
				}
				continue
			}
			if jumps(r, ins) {
				target, ok := labels[ins.Reference()]
				if !ok {
					return 0, 0, fmt.Errorf("insn %d: unknown label %q", pc, ins.Reference())
				}
				pc = target - 1
			}
		default:
			return 0, 0, fmt.Errorf("insn %d: unsupported %v", pc, ins)
		}
	}
}

// pullData is bpf_skb_pull_data(skb, r2): the linear area grows to r2
// bytes; more than the packet holds fails with -EFAULT, changing nothing.
func pullData(r *[11]uint64, full, linear []byte) []byte {
	n := int(r[2])
	if n > len(full) {
		r[0] = uint64(-14 & 0xffffffffffffffff)
		return linear
	}
	r[0] = 0
	return full[:max(n, len(linear))]
}

func (in *interp) call(r *[11]uint64, fn asm.BuiltinFunc, stack, ctx, pkt []byte) error {
	m := in.mapOf(r[1])
	switch fn {
	case asm.FnMapLookupElem, asm.FnMapUpdateElem:
		if m == nil {
			return fmt.Errorf("%v on a non-map %#x", fn, r[1])
		}
		key, err := in.read(r[2], int(m.spec.KeySize), stack, ctx, pkt)
		if err != nil {
			return err
		}
		if fn == asm.FnMapLookupElem {
			r[0] = in.lookup(m, key)
			return nil
		}
		val, err := in.read(r[3], int(m.spec.ValueSize), stack, ctx, pkt)
		if err != nil {
			return err
		}
		in.put(m.spec.Name, key, val)
		r[0] = 0
	case asm.FnRingbufOutput:
		if _, err := in.read(r[2], int(r[3]), stack, ctx, pkt); err != nil {
			return err
		}
		r[0] = 0
	default:
		return fmt.Errorf("unsupported helper %v", fn)
	}
	return nil
}

func (in *interp) mapOf(ptr uint64) *imap {
	for _, m := range in.maps {
		if ptr == uint64(regionMap+m.index)<<32 {
			return m
		}
	}
	return nil
}

func leUint(b []byte) uint64 {
	var v uint64
	for i := len(b) - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func putLE(b []byte, v uint64) {
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
}

func alu(r *[11]uint64, ins asm.Instruction) error {
	op := ins.OpCode
	is32 := op.Class() == asm.ALUClass
	src := uint64(ins.Constant)
	if op.Source() == asm.RegSource {
		src = r[ins.Src]
	}
	dst := r[ins.Dst]
	switch op.ALUOp() {
	case asm.Mov:
		dst = src
	case asm.Add:
		dst += src
	case asm.Sub:
		dst -= src
	case asm.And:
		dst &= src
	case asm.Or:
		dst |= src
	case asm.Xor:
		dst ^= src
	case asm.LSh:
		dst <<= src & 63
	case asm.RSh:
		dst >>= src & 63
	case asm.Swap:
		switch ins.Constant {
		case 16:
			dst = uint64(bits.ReverseBytes16(uint16(dst)))
		case 32:
			dst = uint64(bits.ReverseBytes32(uint32(dst)))
		default:
			dst = bits.ReverseBytes64(dst)
		}
		r[ins.Dst] = dst
		return nil
	default:
		return fmt.Errorf("unsupported ALU op %v", ins)
	}
	if is32 {
		dst = uint64(uint32(dst))
	}
	r[ins.Dst] = dst
	return nil
}

func jumps(r [11]uint64, ins asm.Instruction) bool {
	op := ins.OpCode
	if op.JumpOp() == asm.Ja {
		return true
	}
	a, b := r[ins.Dst], uint64(ins.Constant)
	if op.Source() == asm.RegSource {
		b = r[ins.Src]
	}
	if op.Class() == asm.Jump32Class {
		a, b = uint64(uint32(a)), uint64(uint32(b))
	}
	switch op.JumpOp() {
	case asm.JEq:
		return a == b
	case asm.JNE:
		return a != b
	case asm.JGT:
		return a > b
	case asm.JGE:
		return a >= b
	case asm.JLT:
		return a < b
	case asm.JLE:
		return a <= b
	case asm.JSet:
		return a&b != 0
	}
	panic(fmt.Sprintf("unsupported jump %v", ins))
}

// verdictOf decodes a return code and mark like env.verdict.
func verdictOf(ret uint64, mark uint32) (ir.Verdict, uint16, error) {
	switch ret {
	case runtime.ActShot:
		return ir.Deny, 0, nil
	case runtime.ActOK:
		if port, ok := runtime.MarkProxyPort(mark); ok {
			return ir.Redirect, port, nil
		}
		return ir.Allow, 0, nil
	}
	return 0, 0, fmt.Errorf("unexpected return code %d", ret)
}
