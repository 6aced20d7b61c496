package bench

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"
	"golang.org/x/sys/unix"

	"github.com/policyc/policyc/codegen"
	"github.com/policyc/policyc/compiler"
	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/internal/bundle/pack"
	"github.com/policyc/policyc/loader"
)

// LoaderOptions configures the loader measurements: a node network
// namespace with Endpoints veth interfaces (one per local endpoint), whose
// endpoints share Apps identities, and a signed bundle applied to them with
// the real loader.
type LoaderOptions struct {
	Endpoints int
	Apps      int
	// Repeats is how often each operation is timed (median and best are
	// reported).
	Repeats int
}

// DefaultLoaderOptions is the figure: a bundle applied to 100
// endpoints.
func DefaultLoaderOptions() LoaderOptions { return LoaderOptions{Endpoints: 100, Apps: 20, Repeats: 5} }

// loaderNode is the scratch node of the loader measurements.
type loaderNode struct {
	opts   LoaderOptions
	nsName string
	dir    string
	priv   ed25519.PrivateKey
	pub    ed25519.PublicKey
	inv    *inventory.Inventory
	files  []*ast.File
	// rev1, rev2 are the signed bundles of revisions 1 and 2 (built once);
	// programs is how many programs they hold.
	rev1, rev2 []byte
	programs   int
}

// measureLoader times apply (first load and attach), replace (next
// revision, atomic link.Update) and identity churn (a new endpoint with a
// new identity: map updates only). Failures become rows with an error.
func measureLoader(o LoaderOptions, logf func(string, ...any)) []LoaderRow {
	n, err := newLoaderNode(o)
	if err != nil {
		return []LoaderRow{{Name: "loader", Error: err.Error()}}
	}
	defer n.close()
	logf("loader: %d endpoints (%d identities), %d repeats", o.Endpoints, o.Apps, o.Repeats)
	var rows []LoaderRow
	for _, op := range []struct {
		name string
		run  func(*loaderNode, int) (time.Duration, string, error)
	}{
		{fmt.Sprintf("apply a signed bundle to %d endpoints (verify, load, pin, tcx attach)", o.Endpoints), (*loaderNode).timeFirstApply},
		{fmt.Sprintf("replace with the next revision on %d endpoints (load, atomic link.Update)", o.Endpoints), (*loaderNode).timeReplace},
		{"add an endpoint with a new identity (map updates only)", (*loaderNode).timeChurn},
	} {
		rows = append(rows, n.repeat(op.name, op.run))
	}
	return rows
}

// repeat runs one timed operation Repeats times.
func (n *loaderNode) repeat(name string, run func(*loaderNode, int) (time.Duration, string, error)) LoaderRow {
	var ms []float64
	var note string
	for i := range n.opts.Repeats {
		d, nt, err := run(n, i)
		if err != nil {
			return LoaderRow{Name: name, Error: err.Error()}
		}
		ms, note = append(ms, float64(d)/float64(time.Millisecond)), nt
	}
	return LoaderRow{Name: name, MS: quantile(ms, 0.5),
		Note: fmt.Sprintf("median of %d; best %.2f ms; %s", len(ms), quantile(ms, 0), note)}
}

func newLoaderNode(o LoaderOptions) (_ *loaderNode, err error) {
	if os.Geteuid() != 0 {
		return nil, fmt.Errorf("needs root (network namespace, bpffs, tcx)")
	}
	n := &loaderNode{opts: o, nsName: fmt.Sprintf("pcbench-%d", os.Getpid())}
	defer func() {
		if err != nil {
			n.close()
		}
	}()
	if n.dir, err = os.MkdirTemp("", "policyc-bench-loader-"); err != nil {
		return nil, err
	}
	if err := n.makeNetns(); err != nil {
		return nil, err
	}
	privPEM, pubPEM, err := bundle.GenerateKey()
	if err != nil {
		return nil, err
	}
	if n.priv, err = bundle.ParsePrivateKey(privPEM); err != nil {
		return nil, err
	}
	if n.pub, err = bundle.ParsePublicKey(pubPEM); err != nil {
		return nil, err
	}
	if n.inv, n.files, err = loaderCluster(o, nil); err != nil {
		return nil, err
	}
	if n.rev1, n.programs, err = n.bundleAt(1); err != nil {
		return nil, err
	}
	n.rev2, _, err = n.bundleAt(2)
	return n, err
}

// makeNetns creates the node namespace and its endpoint interfaces.
func (n *loaderNode) makeNetns() error {
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends in the new ns
		h, err := netns.NewNamed(n.nsName)
		if err == nil {
			h.Close()
		}
		errc <- err
	}()
	if err := <-errc; err != nil {
		return fmt.Errorf("create netns: %w", err)
	}
	ns, err := netns.GetFromName(n.nsName)
	if err != nil {
		return err
	}
	defer ns.Close()
	h, err := netlink.NewHandleAt(ns)
	if err != nil {
		return err
	}
	defer h.Close()
	for i := range n.opts.Endpoints {
		// veth, as a pod's host side (this kernel has no dummy driver);
		// the peer stays in the node namespace too.
		d := &netlink.Veth{LinkAttrs: netlink.LinkAttrs{Name: loaderIface(i)}, PeerName: loaderIface(i) + "p"}
		if err := h.LinkAdd(d); err != nil {
			return fmt.Errorf("add %s: %w", d.Name, err)
		}
		if err := h.LinkSetUp(d); err != nil {
			return fmt.Errorf("up %s: %w", d.Name, err)
		}
	}
	return nil
}

func loaderIface(i int) string { return fmt.Sprintf("pcb%d", i) }

func (n *loaderNode) close() {
	if n.nsName != "" {
		netns.DeleteNamed(n.nsName)
	}
	if n.dir != "" {
		os.RemoveAll(n.dir)
	}
}

// loaderCluster is the node's inventory (every endpoint local, behind its
// interface; extra endpoints without one) and one policy per app: servers
// take TCP 80/443 from clients of the same app and 8080 from monitoring,
// and deny one port range from the rest.
func loaderCluster(o LoaderOptions, extra []string) (*inventory.Inventory, []*ast.File, error) {
	var b strings.Builder
	b.WriteString("namespaces:\n  - name: default\nendpoints:\n")
	for i := range o.Endpoints {
		fmt.Fprintf(&b, "  - {name: default/srv%d, labels: {app: a%d, role: server}, ips: [10.77.%d.%d], interface: %s}\n",
			i, i%o.Apps, i/250, 1+i%250, loaderIface(i))
	}
	for i := range o.Apps {
		fmt.Fprintf(&b, "  - {name: default/cli%d, labels: {app: a%d, role: client}, ips: [10.78.0.%d]}\n", i, i, 1+i)
	}
	b.WriteString(strings.Join(extra, ""))
	inv, diags := inventory.Parse("node.yaml", []byte(b.String()))
	if diags.HasErrors() {
		return nil, nil, fmt.Errorf("loader inventory: %s", firstLine(diags.Err()))
	}
	var files []*ast.File
	for i := range o.Apps {
		src := fmt.Sprintf(`apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: a%d, namespace: default}
spec:
  endpointSelector: {matchLabels: {app: a%d, role: server}}
  ingress:
  - fromEndpoints: [{matchLabels: {app: a%d, role: client}}]
    toPorts: [{ports: [{port: "80", protocol: TCP}, {port: "443", protocol: TCP}]}]
  - fromEndpoints: [{matchLabels: {role: monitoring}}]
    toPorts: [{ports: [{port: "8080", protocol: TCP}]}]
  ingressDeny:
  - fromEndpoints: [{matchLabels: {role: client}}]
    toPorts: [{ports: [{port: "9000", endPort: 9100, protocol: TCP}]}]
`, i, i, i)
		f, diags := frontend.ParseFile(fmt.Sprintf("a%d.yaml", i), []byte(src), frontend.Options{})
		if diags.HasErrors() {
			return nil, nil, fmt.Errorf("loader policy %d: %s", i, firstLine(diags.Err()))
		}
		files = append(files, f)
	}
	return inv, files, nil
}

// bundleAt compiles the node's policies into a signed bundle of revision rev.
func (n *loaderNode) bundleAt(rev uint64) ([]byte, int, error) {
	prog, diags := compiler.Compile(n.files, n.inv, compiler.DefaultOptions())
	if diags.HasErrors() {
		return nil, 0, fmt.Errorf("compile: %s", firstLine(diags.Err()))
	}
	out, err := codegen.Generate(prog, codegen.Options{})
	if err != nil {
		return nil, 0, err
	}
	b, err := pack.Bundle(prog, out, pack.Meta{Revision: rev, Compiler: "policyc-bench"})
	if err != nil {
		return nil, 0, err
	}
	if _, err := bundle.Marshal(b); err != nil {
		return nil, 0, err
	}
	if err := bundle.Sign(b, n.priv); err != nil {
		return nil, 0, err
	}
	data, err := bundle.Rewrite(b)
	return data, len(b.Manifest.Programs), err
}

// fresh returns a loader on a new bpffs and state directory, and its
// cleanup (detach, unmount).
func (n *loaderNode) fresh(i int, what string) (*loader.Loader, func(), error) {
	dir := filepath.Join(n.dir, fmt.Sprintf("%s-%d", what, i))
	fs := filepath.Join(dir, "bpffs")
	if err := os.MkdirAll(fs, 0o755); err != nil {
		return nil, nil, err
	}
	if err := loader.EnsureBPFFS(fs); err != nil {
		return nil, nil, err
	}
	l := loader.New(loader.Config{BPFFS: fs, StateDir: filepath.Join(dir, "state"),
		Netns: filepath.Join("/var/run/netns", n.nsName), Keys: []ed25519.PublicKey{n.pub}})
	return l, func() {
		l.Detach()
		unix.Unmount(fs, unix.MNT_DETACH)
	}, nil
}

func (n *loaderNode) apply(l *loader.Loader, data []byte, inv *inventory.Inventory) (time.Duration, *loader.Result, error) {
	start := time.Now()
	res, err := l.Apply(bytes.NewReader(data), inv)
	return time.Since(start), res, err
}

func (n *loaderNode) timeFirstApply(i int) (time.Duration, string, error) {
	l, done, err := n.fresh(i, "first")
	if err != nil {
		return 0, "", err
	}
	defer done()
	d, res, err := n.apply(l, n.rev1, n.inv)
	if err != nil {
		return 0, "", err
	}
	return d, fmt.Sprintf("%d programs in the bundle, %d tcx attachments", n.programs, len(res.State.Attachments)), nil
}

// applied returns a fresh loader with revision 1 applied, its result and
// its cleanup.
func (n *loaderNode) applied(i int, what string) (*loader.Loader, *loader.Result, func(), error) {
	l, done, err := n.fresh(i, what)
	if err != nil {
		return nil, nil, nil, err
	}
	_, res, err := n.apply(l, n.rev1, n.inv)
	if err != nil {
		done()
		return nil, nil, nil, err
	}
	return l, res, done, nil
}

func (n *loaderNode) timeReplace(i int) (time.Duration, string, error) {
	l, _, done, err := n.applied(i, "replace")
	if err != nil {
		return 0, "", err
	}
	defer done()
	d, res, err := n.apply(l, n.rev2, n.inv)
	if err != nil {
		return 0, "", err
	}
	return d, fmt.Sprintf("%d links updated", len(res.State.Attachments)), nil
}

func (n *loaderNode) timeChurn(i int) (time.Duration, string, error) {
	l, before, done, err := n.applied(i, "churn")
	if err != nil {
		return 0, "", err
	}
	defer done()
	pod := fmt.Sprintf("  - {name: default/newcli%d, labels: {app: a0, role: client, version: v%d}, ips: [10.79.0.%d]}\n", i, i+2, 1+i)
	inv, _, err := loaderCluster(n.opts, []string{pod})
	if err != nil {
		return 0, "", err
	}
	d, res, err := n.apply(l, n.rev1, inv)
	if err != nil {
		return 0, "", err
	}
	if len(res.View.NewIdentities) != 1 {
		return 0, "", fmt.Errorf("churn: want 1 new identity, got %d", len(res.View.NewIdentities))
	}
	if res.State.GenDir != before.State.GenDir || !sameProgramIDs(before.State, res.State) {
		return 0, "", fmt.Errorf("churn reloaded programs (must be map updates only)")
	}
	return d, "same program IDs before and after", nil
}

func sameProgramIDs(a, b *loader.State) bool {
	ids := func(s *loader.State) []uint32 {
		var out []uint32
		for _, x := range s.Attachments {
			out = append(out, x.ProgramID)
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(ids(a), ids(b))
}
