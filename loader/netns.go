package loader

import (
	"fmt"
	"runtime"

	"github.com/vishvananda/netns"
)

// InNetns runs fn on a thread switched into the network namespace at path
// ("" runs fn in the current namespace). Sockets, ifindex lookups and tcx
// attachments made by fn belong to that namespace.
func InNetns(path string, fn func() error) error {
	if path == "" {
		return fn()
	}
	target, err := netns.GetFromPath(path)
	if err != nil {
		return fmt.Errorf("open netns %s: %w", path, err)
	}
	defer target.Close()
	runtime.LockOSThread()
	orig, err := netns.Get()
	if err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("current netns: %w", err)
	}
	defer orig.Close()
	if err := netns.Set(target); err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("enter netns %s: %w", path, err)
	}
	ferr := fn()
	if err := netns.Set(orig); err != nil {
		// Leave the thread locked: the runtime discards it when the
		// goroutine exits, so no other goroutine runs in the wrong netns.
		return fmt.Errorf("restore netns: %w (after: %v)", err, ferr)
	}
	runtime.UnlockOSThread()
	return ferr
}
