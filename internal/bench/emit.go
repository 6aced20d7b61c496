package bench

import (
	"encoding/binary"
	"fmt"

	"github.com/cilium/ebpf/asm"
)

// __sk_buff offsets and tc return codes used by the baselines.
const (
	skbMark    = 8
	skbData    = 76
	skbDataEnd = 80

	actOK   = 0 // TC_ACT_OK
	actShot = 2 // TC_ACT_SHOT
)

// builder collects instructions and attaches labels to the next one.
type builder struct {
	ins     asm.Instructions
	pending string
}

func (b *builder) label(name string) {
	if b.pending != "" {
		panic(fmt.Sprintf("bench: two labels (%s, %s) on one instruction", b.pending, name))
	}
	b.pending = name
}

func (b *builder) emit(ins ...asm.Instruction) {
	for _, in := range ins {
		if b.pending != "" {
			in = in.WithSymbol(b.pending)
			b.pending = ""
		}
		b.ins = append(b.ins, in)
	}
}

// epilogue emits the "pass" and "drop" exits every baseline jumps to.
func (b *builder) epilogue() {
	b.label("pass")
	b.emit(asm.Mov.Imm(asm.R0, actOK), asm.Return())
	b.label("drop")
	b.emit(asm.Mov.Imm(asm.R0, actShot), asm.Return())
}

// parseIPv4 parses Ethernet/IPv4 (any IHL)/TCP with direct packet access.
// Afterwards R6 = ctx, R7 = saddr, R8 = daddr (network byte order as in the
// packet), R9 = the first 4 bytes of TCP (sport | dport<<16, each network
// order). Non-IPv4 or non-TCP packets jump to "pass", malformed to "drop".
func (b *builder) parseIPv4() {
	b.emit(
		asm.Mov.Reg(asm.R6, asm.R1),
		asm.LoadMem(asm.R2, asm.R6, skbData, asm.Word),
		asm.LoadMem(asm.R3, asm.R6, skbDataEnd, asm.Word),
		asm.Mov.Reg(asm.R4, asm.R2),
		asm.Add.Imm(asm.R4, 34),
		asm.JGT.Reg(asm.R4, asm.R3, "drop"),
		asm.LoadMem(asm.R5, asm.R2, 12, asm.Half),
		asm.JNE.Imm(asm.R5, 0x0008, "pass"),
		asm.LoadMem(asm.R5, asm.R2, 14, asm.Byte),
		asm.Mov.Reg(asm.R4, asm.R5),
		asm.And.Imm(asm.R4, 0xf0),
		asm.JNE.Imm(asm.R4, 0x40, "drop"),
		asm.And.Imm(asm.R5, 0x0f),
		asm.JLT.Imm(asm.R5, 5, "drop"),
		asm.LSh.Imm(asm.R5, 2),
		asm.LoadMem(asm.R4, asm.R2, 23, asm.Byte),
		asm.JNE.Imm(asm.R4, 6, "pass"),
		asm.LoadMem(asm.R7, asm.R2, 26, asm.Word),
		asm.LoadMem(asm.R8, asm.R2, 30, asm.Word),
		asm.Add.Reg(asm.R2, asm.R5),
		asm.Mov.Reg(asm.R4, asm.R2),
		asm.Add.Imm(asm.R4, 18),
		asm.JGT.Reg(asm.R4, asm.R3, "drop"),
		asm.LoadMem(asm.R9, asm.R2, 14, asm.Word),
	)
}

// parseIPv6 parses Ethernet/IPv6/TCP (no extension headers). Afterwards
// R6 = ctx, R7 = packet start (valid up to the TCP ports: saddr at +22,
// daddr at +38), R9 = sport | dport<<16 as in parseIPv4.
func (b *builder) parseIPv6() {
	b.emit(
		asm.Mov.Reg(asm.R6, asm.R1),
		asm.LoadMem(asm.R7, asm.R6, skbData, asm.Word),
		asm.LoadMem(asm.R3, asm.R6, skbDataEnd, asm.Word),
		asm.Mov.Reg(asm.R4, asm.R7),
		asm.Add.Imm(asm.R4, 58),
		asm.JGT.Reg(asm.R4, asm.R3, "drop"),
		asm.LoadMem(asm.R5, asm.R7, 12, asm.Half),
		asm.JNE.Imm(asm.R5, 0xdd86, "pass"),
		asm.LoadMem(asm.R5, asm.R7, 14, asm.Byte),
		asm.And.Imm(asm.R5, 0xf0),
		asm.JNE.Imm(asm.R5, 0x60, "drop"),
		asm.LoadMem(asm.R4, asm.R7, 20, asm.Byte),
		asm.JNE.Imm(asm.R4, 6, "pass"),
		asm.LoadMem(asm.R9, asm.R7, 54, asm.Word),
	)
}

// parse emits the parser of family ("ipv4" or "ipv6").
func (b *builder) parse(family string) {
	if family == "ipv6" {
		b.parseIPv6()
		return
	}
	b.parseIPv4()
}

// copyIPv6 copies 16 bytes from R7+src (the packet) to the stack at fp+dst.
func (b *builder) copyIPv6(src, dst int16) {
	b.emit(
		asm.LoadMem(asm.R1, asm.R7, src, asm.DWord),
		asm.StoreMem(asm.RFP, dst, asm.R1, asm.DWord),
		asm.LoadMem(asm.R1, asm.R7, src+8, asm.DWord),
		asm.StoreMem(asm.RFP, dst+8, asm.R1, asm.DWord),
	)
}

// storeBytes writes the constant key to the stack at fp+off.
func (b *builder) storeBytes(off int16, key []byte) {
	i := 0
	for ; i+4 <= len(key); i += 4 {
		v := int64(int32(binary.LittleEndian.Uint32(key[i:])))
		b.emit(asm.StoreImm(asm.RFP, off+int16(i), v, asm.Word))
	}
	for ; i < len(key); i++ {
		b.emit(asm.StoreImm(asm.RFP, off+int16(i), int64(key[i]), asm.Byte))
	}
}

// storeDport stores the destination port (network order) from R9 at fp+off.
func (b *builder) storeDport(off int16) {
	b.emit(
		asm.Mov.Reg(asm.R1, asm.R9),
		asm.RSh.Imm(asm.R1, 16),
		asm.StoreMem(asm.RFP, off, asm.R1, asm.Half),
	)
}

// lookup emits map_lookup_elem(fd, fp+keyOff); the result is in R0.
func (b *builder) lookup(fd int, keyOff int16) {
	b.emit(
		asm.LoadMapPtr(asm.R1, fd),
		asm.Mov.Reg(asm.R2, asm.RFP),
		asm.Add.Imm(asm.R2, int32(keyOff)),
		asm.FnMapLookupElem.Call(),
	)
}
