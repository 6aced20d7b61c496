package loader

import (
	"errors"
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/vishvananda/netlink"
	"golang.org/x/sys/unix"

	"github.com/policyc/policyc/internal/bundle"
)

// Legacy tc (kernels without tcx): one cls_bpf direct-action filter per
// hook on a clsact qdisc, at a fixed priority and handle. Replacing the
// filter (NLM_F_REPLACE, same priority and handle) swaps the program
// atomically, like link.Update.
const (
	tcPriority = 0x7c01 // "policyc"; high value: runs after others at lower prio numbers
	tcHandle   = 0x1
)

func tcParent(hook string) uint32 {
	if hook == bundle.AttachTCXEgress {
		return netlink.HANDLE_MIN_EGRESS
	}
	return netlink.HANDLE_MIN_INGRESS
}

func tcFilter(st AttachmentState, prog *ebpf.Program) *netlink.BpfFilter {
	return &netlink.BpfFilter{
		FilterAttrs: netlink.FilterAttrs{
			LinkIndex: st.Ifindex,
			Parent:    tcParent(st.Hook),
			Handle:    st.Handle,
			Priority:  st.Priority,
			Protocol:  unix.ETH_P_ALL,
		},
		Fd:           prog.FD(),
		Name:         "policyc-" + st.Program,
		DirectAction: true,
	}
}

// tcAttach ensures a clsact qdisc and adds the filter.
func tcAttach(st *AttachmentState, prog *ebpf.Program) error {
	qdisc := &netlink.GenericQdisc{
		QdiscAttrs: netlink.QdiscAttrs{LinkIndex: st.Ifindex, Handle: netlink.MakeHandle(0xffff, 0), Parent: netlink.HANDLE_CLSACT},
		QdiscType:  "clsact",
	}
	if err := netlink.QdiscAdd(qdisc); err != nil && !errors.Is(err, unix.EEXIST) {
		return fmt.Errorf("tc: clsact qdisc on %s: %w", st.Interface, err)
	}
	st.Priority, st.Handle = tcPriority, tcHandle
	if err := netlink.FilterReplace(tcFilter(*st, prog)); err != nil {
		return fmt.Errorf("tc: add filter on %s %s: %w", st.Interface, st.Hook, err)
	}
	return nil
}

// tcReplace swaps the program of an existing filter atomically.
func tcReplace(st AttachmentState, prog *ebpf.Program) error {
	if err := netlink.FilterReplace(tcFilter(st, prog)); err != nil {
		return fmt.Errorf("tc: replace filter on %s %s: %w", st.Interface, st.Hook, err)
	}
	return nil
}

// tcDetach deletes the filter (the clsact qdisc stays; others may use it).
func tcDetach(st AttachmentState) error {
	f := &netlink.BpfFilter{FilterAttrs: netlink.FilterAttrs{
		LinkIndex: st.Ifindex, Parent: tcParent(st.Hook), Handle: st.Handle, Priority: st.Priority, Protocol: unix.ETH_P_ALL,
	}}
	if err := netlink.FilterDel(f); err != nil && !errors.Is(err, unix.ENOENT) && !errors.Is(err, unix.ENODEV) {
		return fmt.Errorf("tc: delete filter on %s %s: %w", st.Interface, st.Hook, err)
	}
	return nil
}
