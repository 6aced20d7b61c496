package loader

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// bpffsMagic is BPF_FS_MAGIC (statfs f_type of a bpffs mount).
const bpffsMagic = 0xcafe4a11

// isBPFFS reports whether dir is on a bpffs mount.
func isBPFFS(dir string) (bool, error) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return false, err
	}
	return uint32(st.Type) == bpffsMagic, nil
}

// EnsureBPFFS makes sure mountpoint is a bpffs mount, mounting one
// (mode 0700) when it is not.
func EnsureBPFFS(mountpoint string) error {
	if err := os.MkdirAll(mountpoint, 0o700); err != nil {
		return fmt.Errorf("bpffs %s: %w", mountpoint, err)
	}
	ok, err := isBPFFS(mountpoint)
	if err != nil {
		return fmt.Errorf("bpffs %s: %w", mountpoint, err)
	}
	if ok {
		return nil
	}
	if err := unix.Mount("bpf", mountpoint, "bpf", 0, "mode=0700"); err != nil {
		return fmt.Errorf("mount bpffs at %s: %w", mountpoint, err)
	}
	return nil
}

// removePins removes a pin directory tree (unpinning every object in it).
func removePins(dir string) error {
	if err := os.RemoveAll(dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove pins %s: %w", dir, err)
	}
	return nil
}
