package policytest

import (
	"errors"
	"fmt"

	"github.com/policyc/policyc/ir"
)

// UnavailableError is a Load error meaning the kernel check cannot run here
// (no permission, a missing kernel feature): the expectations are then
// checked by the reference evaluator alone, and the output says why. Any
// other Load error (code generation, the verifier rejecting a generated
// program) is a policyc bug and fails every expectation of the file as an
// internal error.
type UnavailableError struct {
	Reason string // for users: "not permitted to load BPF (run as root)"
	Err    error
}

func (e *UnavailableError) Error() string { return e.Reason + ": " + e.Err.Error() }

func (e *UnavailableError) Unwrap() error { return e.Err }

// isUnavailable reports whether err says the kernel check cannot run here.
func isUnavailable(err error) bool {
	var u *UnavailableError
	return errors.As(err, &u)
}

// Kernel loads compiled programs into the running kernel. The CLI provides
// one built on codegen and runtime (see bpf.go); tests may provide others.
type Kernel interface {
	// Load generates, loads and populates the programs of p. An error says
	// why the kernel check cannot run for this program; it is reported,
	// never hidden.
	Load(p *ir.Program) (Datapath, error)
}

// Datapath runs loaded programs on packets.
type Datapath interface {
	// Run runs the program of subject for direction d on an Ethernet frame
	// with BPF_PROG_TEST_RUN, starting from empty connection tracking.
	// attached is false when the subject has no program in that direction
	// (then nothing would run on the packet: it passes).
	Run(subject ir.Identity, d ir.Direction, frame []byte) (v KernelVerdict, attached bool, err error)
	// Close releases the programs and maps.
	Close() error
}

// KernelVerdict is what a program did with a packet.
type KernelVerdict struct {
	Verdict   ir.Verdict
	ProxyPort uint16 // for Redirect
	Action    uint32 // the program's return code (TC_ACT_*)
	Mark      uint32 // skb->mark after the run
}

// String formats v for messages: "deny (TC_ACT_SHOT)".
func (v KernelVerdict) String() string {
	act := fmt.Sprintf("return code %d", v.Action)
	switch v.Action {
	case 0:
		act = "TC_ACT_OK"
	case 2:
		act = "TC_ACT_SHOT"
	}
	if v.Verdict == ir.Redirect {
		return fmt.Sprintf("redirect to proxy port %d (%s, mark %#x)", v.ProxyPort, act, v.Mark)
	}
	return fmt.Sprintf("%s (%s)", v.Verdict, act)
}
