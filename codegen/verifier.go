package codegen

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

var verifierInsn = regexp.MustCompile(`^(\d+): \(`)

// ExplainVerifierError maps a verifier rejection of insns back to the rule
// it came from: the last instruction the log mentions, and the nearest
// asm.Comment at or before it. It returns "" when err is not a verifier
// error or names no instruction.
func ExplainVerifierError(err error, insns asm.Instructions) string {
	var ve *ebpf.VerifierError
	if !errors.As(err, &ve) {
		return ""
	}
	raw := -1
	for i := len(ve.Log) - 1; i >= 0 && raw < 0; i-- {
		if m := verifierInsn.FindStringSubmatch(ve.Log[i]); m != nil {
			raw, _ = strconv.Atoi(m[1])
		}
	}
	if raw < 0 {
		return ""
	}
	return describeInsn(insns, raw)
}

// describeInsn names the instruction at raw offset raw and its block comment.
func describeInsn(insns asm.Instructions, raw int) string {
	off, comment := 0, ""
	for _, in := range insns {
		if c, ok := in.Source().(asm.Comment); ok {
			comment = string(c)
		}
		if off >= raw {
			return fmt.Sprintf("instruction %d (%v) in block %q", raw, in, comment)
		}
		off += int(in.Size() / asm.InstructionSize)
	}
	return fmt.Sprintf("instruction %d beyond the program", raw)
}
