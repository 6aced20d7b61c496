package loader

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"github.com/vishvananda/netlink"
)

// AttachedProgramIDs asks the kernel which programs are attached on a's
// interface and hook (tcx: the tcx chain; tc: the cls_bpf filters), in the
// network namespace at netnsPath.
func AttachedProgramIDs(netnsPath string, a AttachmentState) ([]uint32, error) {
	var ids []uint32
	err := InNetns(netnsPath, func() error {
		if a.Mode == ModeTC {
			filters, err := netlink.FilterList(&netlink.Device{LinkAttrs: netlink.LinkAttrs{Index: a.Ifindex}}, tcParent(a.Hook))
			if err != nil {
				return fmt.Errorf("list tc filters: %w", err)
			}
			for _, f := range filters {
				if bf, ok := f.(*netlink.BpfFilter); ok {
					ids = append(ids, uint32(bf.Id))
				}
			}
			return nil
		}
		at := ebpf.AttachTCXIngress
		if a.Hook == "tcx-egress" {
			at = ebpf.AttachTCXEgress
		}
		res, err := link.QueryPrograms(link.QueryOptions{Target: a.Ifindex, Attach: at})
		if err != nil {
			return err
		}
		for _, p := range res.Programs {
			ids = append(ids, uint32(p.ID))
		}
		return nil
	})
	return ids, err
}
