package nstest

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"
	"golang.org/x/sys/unix"
)

// Gateway is the link-local address every pod routes through (as Cilium).
var gatewayIP = net.IPv4(169, 254, 1, 1)

// NS is a named network namespace.
type NS struct {
	Name string
	Path string
}

// Node is the node namespace and its pods.
type Node struct {
	NS
	prefix string
	next   int
	Pods   map[string]*Pod
}

// Pod is a pod namespace behind a veth pair.
type Pod struct {
	NS
	PodName string
	HostIf  string // host-side veth, in the node namespace
	IP      netip.Addr
}

// Do runs fn inside the namespace on a locked thread.
func (n NS) Do(fn func() error) error {
	h, err := netns.GetFromPath(n.Path)
	if err != nil {
		return fmt.Errorf("open netns %s: %w", n.Name, err)
	}
	defer h.Close()
	runtime.LockOSThread()
	orig, err := netns.Get()
	if err != nil {
		runtime.UnlockOSThread()
		return err
	}
	defer orig.Close()
	if err := netns.Set(h); err != nil {
		runtime.UnlockOSThread()
		return err
	}
	ferr := fn()
	if err := netns.Set(orig); err != nil {
		return fmt.Errorf("restore netns: %w", err) // thread stays locked and dies
	}
	runtime.UnlockOSThread()
	return ferr
}

// newNS creates a named namespace (bind-mounted under /var/run/netns).
func newNS(t testing.TB, name string) NS {
	t.Helper()
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends in the new ns
		h, err := netns.NewNamed(name)
		if err == nil {
			h.Close()
		}
		errc <- err
	}()
	if err := <-errc; err != nil {
		t.Fatalf("create netns %s: %v", name, err)
	}
	ns := NS{Name: name, Path: filepath.Join("/var/run/netns", name)}
	t.Cleanup(func() {
		if err := netns.DeleteNamed(name); err != nil {
			t.Logf("delete netns %s: %v", name, err)
		}
	})
	return ns
}

// uniq returns a short random prefix for names.
func uniq() string {
	b := make([]byte, 3)
	rand.Read(b)
	return "pc" + hex.EncodeToString(b)
}

// NewNode creates a node namespace with forwarding on.
func NewNode(t testing.TB) *Node {
	t.Helper()
	p := uniq()
	n := &Node{NS: newNS(t, p+"-node"), prefix: p, Pods: map[string]*Pod{}}
	err := n.Do(func() error {
		if err := upLo(); err != nil {
			return err
		}
		return sysctls(map[string]string{
			"net/ipv4/ip_forward":                "1",
			"net/ipv4/conf/all/rp_filter":        "0",
			"net/ipv4/conf/default/rp_filter":    "0",
			"net/ipv6/conf/all/disable_ipv6":     "1",
			"net/ipv6/conf/default/disable_ipv6": "1",
		})
	})
	if err != nil {
		t.Fatalf("node netns: %v", err)
	}
	return n
}

// AddPod creates a pod namespace with address ip behind a new veth pair
// and returns it. The host side is named after the node prefix.
func (n *Node) AddPod(t testing.TB, name string, ip netip.Addr) *Pod {
	t.Helper()
	n.next++
	p := &Pod{
		NS:      newNS(t, fmt.Sprintf("%s-%d", n.prefix, n.next)),
		PodName: name,
		HostIf:  fmt.Sprintf("%sv%d", n.prefix, n.next),
		IP:      ip,
	}
	podH, err := netns.GetFromPath(p.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer podH.Close()
	err = n.Do(func() error {
		veth := &netlink.Veth{LinkAttrs: netlink.LinkAttrs{Name: p.HostIf}, PeerName: "eth0", PeerNamespace: netlink.NsFd(podH)}
		if err := netlink.LinkAdd(veth); err != nil {
			return fmt.Errorf("add veth %s: %w", p.HostIf, err)
		}
		l, err := netlink.LinkByName(p.HostIf)
		if err != nil {
			return err
		}
		if err := netlink.LinkSetUp(l); err != nil {
			return err
		}
		if err := netlink.AddrAdd(l, &netlink.Addr{IPNet: &net.IPNet{IP: gatewayIP, Mask: net.CIDRMask(32, 32)}}); err != nil && err != unix.EEXIST {
			return fmt.Errorf("gateway address: %w", err)
		}
		if err := sysctls(map[string]string{"net/ipv4/conf/" + p.HostIf + "/rp_filter": "0"}); err != nil {
			return err
		}
		return netlink.RouteAdd(&netlink.Route{LinkIndex: l.Attrs().Index, Scope: netlink.SCOPE_LINK,
			Dst: &net.IPNet{IP: ip.AsSlice(), Mask: net.CIDRMask(32, 32)}})
	})
	if err != nil {
		t.Fatalf("pod %s (node side): %v", name, err)
	}
	err = p.Do(func() error {
		if err := upLo(); err != nil {
			return err
		}
		if err := sysctls(map[string]string{"net/ipv6/conf/all/disable_ipv6": "1", "net/ipv6/conf/default/disable_ipv6": "1"}); err != nil {
			return err
		}
		l, err := netlink.LinkByName("eth0")
		if err != nil {
			return err
		}
		if err := netlink.AddrAdd(l, &netlink.Addr{IPNet: &net.IPNet{IP: ip.AsSlice(), Mask: net.CIDRMask(32, 32)}}); err != nil {
			return err
		}
		if err := netlink.LinkSetUp(l); err != nil {
			return err
		}
		if err := netlink.RouteAdd(&netlink.Route{LinkIndex: l.Attrs().Index, Scope: netlink.SCOPE_LINK,
			Dst: &net.IPNet{IP: gatewayIP, Mask: net.CIDRMask(32, 32)}}); err != nil {
			return fmt.Errorf("gateway route: %w", err)
		}
		return netlink.RouteAdd(&netlink.Route{LinkIndex: l.Attrs().Index, Gw: gatewayIP})
	})
	if err != nil {
		t.Fatalf("pod %s (pod side): %v", name, err)
	}
	n.Pods[name] = p
	return p
}

// RemovePod deletes a pod's veth (its namespace goes at cleanup).
func (n *Node) RemovePod(t testing.TB, name string) {
	t.Helper()
	p := n.Pods[name]
	if p == nil {
		t.Fatalf("no pod %s", name)
	}
	err := n.Do(func() error {
		l, err := netlink.LinkByName(p.HostIf)
		if err != nil {
			return err
		}
		return netlink.LinkDel(l)
	})
	if err != nil {
		t.Fatalf("remove pod %s: %v", name, err)
	}
	delete(n.Pods, name)
}

func upLo() error {
	lo, err := netlink.LinkByName("lo")
	if err != nil {
		return err
	}
	return netlink.LinkSetUp(lo)
}

// sysctls writes /proc/sys keys; it must run inside the namespace.
func sysctls(kv map[string]string) error {
	for k, v := range kv {
		if err := os.WriteFile(filepath.Join("/proc/sys", k), []byte(v), 0o644); err != nil {
			return fmt.Errorf("sysctl %s: %w", k, err)
		}
	}
	return nil
}
