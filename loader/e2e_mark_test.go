package loader_test

import (
	"testing"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"golang.org/x/sys/unix"

	"github.com/policyc/policyc/loader"
	"github.com/policyc/policyc/runtime"
)

// markCounter counts packets sent on the host-side interface ifindex (in
// the network namespace at netnsPath) whose skb->mark equals mark. It is
// an independent witness that the policy program marked a flow for the
// proxy: an AF_PACKET tap sees each transmitted packet after the tc/tcx
// egress hook, still in the node namespace (the mark is scrubbed once the
// packet crosses into the pod's namespace), and a socket-filter program on
// the tap reads the mark and counts.
func markCounter(t *testing.T, netnsPath string, ifindex int, mark uint32) *ebpf.Map {
	t.Helper()
	counts, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 8, MaxEntries: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { counts.Close() })
	markOff := int16(unsafe.Offsetof(runtime.SkBuff{}.Mark))
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Name: "mark_witness", Type: ebpf.SocketFilter, License: "GPL",
		Instructions: asm.Instructions{
			asm.LoadMem(asm.R2, asm.R1, markOff, asm.Word),
			asm.JNE.Imm32(asm.R2, int32(mark), "out"),
			asm.StoreImm(asm.RFP, -4, 0, asm.Word),
			asm.LoadMapPtr(asm.R1, counts.FD()),
			asm.Mov.Reg(asm.R2, asm.RFP),
			asm.Add.Imm(asm.R2, -4),
			asm.FnMapLookupElem.Call(),
			asm.JEq.Imm(asm.R0, 0, "out"),
			asm.Mov.Imm(asm.R1, 1),
			asm.StoreXAdd(asm.R0, asm.R1, asm.DWord),
			asm.Mov.Imm(asm.R0, 0).WithSymbol("out"), // deliver nothing to the socket
			asm.Return(),
		},
	})
	if err != nil {
		t.Fatalf("load mark witness: %v", err)
	}
	t.Cleanup(func() { prog.Close() })
	var fd int
	err = loader.InNetns(netnsPath, func() error {
		var err error
		fd, err = unix.Socket(unix.AF_PACKET, unix.SOCK_RAW|unix.SOCK_CLOEXEC, int(htons(unix.ETH_P_ALL)))
		if err != nil {
			return err
		}
		if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ATTACH_BPF, prog.FD()); err != nil {
			return err
		}
		return unix.Bind(fd, &unix.SockaddrLinklayer{Protocol: htons(unix.ETH_P_ALL), Ifindex: ifindex})
	})
	if err != nil {
		t.Fatalf("mark witness tap: %v", err)
	}
	t.Cleanup(func() { unix.Close(fd) })
	return counts
}

func htons(v uint16) uint16 { return v<<8 | v>>8 }

func readCount(t *testing.T, m *ebpf.Map) uint64 {
	t.Helper()
	var v uint64
	if err := m.Lookup(uint32(0), &v); err != nil {
		t.Fatal(err)
	}
	return v
}
