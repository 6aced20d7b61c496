package loader_test

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"net/netip"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/policyc/policyc/compiler/inventory"
	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/internal/testutils"
	"github.com/policyc/policyc/ir"
	"github.com/policyc/policyc/loader"
	"github.com/policyc/policyc/loader/internal/nstest"
	"github.com/policyc/policyc/runtime"
)

const (
	allowTimeout = 3 * time.Second
	denyTimeout  = 400 * time.Millisecond
)

// cluster is the Star Wars node: pods in namespaces behind veths, and a
// loader pointed at a private bpffs and the node namespace.
type cluster struct {
	node   *nstest.Node
	pods   map[string]*nstest.Pod // by short name: deathstar-1, tiefighter, …
	specs  map[string]podSpec
	ifaces map[string]string // namespace/pod -> host interface
	l      *loader.Loader
	// witnesses
	udpDenied *nstest.Counter // deathstar-1 UDP 9090 sink
	srvRetx   *nstest.Counter // deathstar-1 TCP 80 server retransmissions
}

func newCluster(t *testing.T, pub ed25519.PublicKey) *cluster {
	t.Helper()
	testutils.RequireRoot(t)
	testutils.RequireBPF(t)
	c := &cluster{node: nstest.NewNode(t), pods: map[string]*nstest.Pod{}, specs: map[string]podSpec{}, ifaces: map[string]string{}}
	for _, s := range starwarsPods() {
		c.addPod(t, s)
	}
	ds := c.pods["deathstar-1"]
	c.srvRetx = ds.ServeTCP(t, 80)
	ds.ServeTCP(t, 8080)
	ds.ServeUDP(t, 80)
	c.udpDenied = ds.ServeUDPCount(t, 9090)
	c.pods["tiefighter"].ServeUDP(t, 53)
	c.pods["tiefighter"].ServeTCP(t, 80)
	c.l = loader.New(loader.Config{BPFFS: privateBPFFS(t), StateDir: t.TempDir(), Netns: c.node.Path, Keys: []ed25519.PublicKey{pub}})
	return c
}

func (c *cluster) addPod(t *testing.T, s podSpec) *nstest.Pod {
	short := strings.TrimPrefix(s.name, "default/")
	p := c.node.AddPod(t, short, addr4(s))
	c.pods[short], c.specs[short], c.ifaces[s.name] = p, s, p.HostIf
	return p
}

func (c *cluster) nodeInv(t *testing.T, pods ...podSpec) *inventory.Inventory {
	return nodeFile(t, pods, c.ifaces)
}

func privateBPFFS(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := loader.EnsureBPFFS(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unix.Unmount(dir, unix.MNT_DETACH) })
	return dir
}

// flow is one probe: a real connection attempt between two pods.
type flow struct {
	src, dst string
	proto    uint8
	port     int // destination port, or ICMP type
}

func (f flow) String() string {
	return f.src + "->" + f.dst + " " + ir.FormatPort(f.proto, uint16(f.port), uint16(f.port))
}

// expected asks the reference evaluator about the flow, with identities
// looked up in the program the node applied.
func (c *cluster) expected(p *ir.Program, f flow) ir.Decision {
	src := p.LookupIP(c.pods[f.src].IP)
	dst := p.LookupIP(c.pods[f.dst].IP)
	return p.Decide(ir.Flow{Src: src, Dst: dst, Proto: f.proto, DPort: uint16(f.port)})
}

// probe sends real traffic and reports whether it got through and back.
func (c *cluster) probe(f flow, timeout time.Duration) error {
	src, dst := c.pods[f.src], c.pods[f.dst]
	switch f.proto {
	case ir.ProtoTCP:
		return src.TCP(dst.IP, f.port, timeout)
	case ir.ProtoUDP:
		return src.UDP(dst.IP, f.port, timeout)
	default:
		return src.Ping(dst.IP, timeout)
	}
}

// checkFlows runs every probe and compares with the evaluator's verdict.
func (c *cluster) checkFlows(t *testing.T, p *ir.Program, flows []flow) {
	t.Helper()
	for _, f := range flows {
		want := c.expected(p, f).Verdict != ir.Deny
		timeout := denyTimeout
		if want {
			timeout = allowTimeout
		}
		err := c.probe(f, timeout)
		if got := err == nil; got != want {
			t.Errorf("%v: got through=%v (%v), evaluator says allowed=%v", f, got, err, want)
		}
	}
}

// mustAllow / mustDeny pin the acceptance cases of the issue, on top of the
// evaluator comparison.
func (c *cluster) mustAllow(t *testing.T, f flow) {
	t.Helper()
	if err := c.probe(f, allowTimeout); err != nil {
		t.Errorf("%v must get through: %v", f, err)
	}
}

func (c *cluster) mustDeny(t *testing.T, f flow) {
	t.Helper()
	if err := c.probe(f, denyTimeout); err == nil {
		t.Errorf("%v must be dropped, but got through", f)
	}
}

func (c *cluster) apply(t *testing.T, archive []byte, inv *inventory.Inventory) *loader.Result {
	t.Helper()
	res, err := c.l.Apply(bytes.NewReader(archive), inv)
	if err != nil {
		t.Fatalf("apply: %v", err)
	}
	return res
}

func starwarsFlows() []flow {
	return []flow{
		{"tiefighter", "deathstar-1", ir.ProtoTCP, 80},
		{"xwing", "deathstar-1", ir.ProtoTCP, 80},
		{"tiefighter", "deathstar-1", ir.ProtoTCP, 8080},
		{"tiefighter", "deathstar-1", ir.ProtoUDP, 80},
		{"tiefighter", "deathstar-1", ir.ProtoICMP, 8},
		{"xwing", "deathstar-1", ir.ProtoICMP, 8},
		{"xwing", "tiefighter", ir.ProtoUDP, 53},
		{"xwing", "tiefighter", ir.ProtoICMP, 8},
		{"deathstar-1", "tiefighter", ir.ProtoTCP, 80},
	}
}

func TestE2EStarWars(t *testing.T) {
	priv, pub := keys(t)
	rule1 := buildBundle(t, 1, priv, filepath.Join(starwars, "sw_l3_l4_policy.yaml"))
	l7 := buildBundle(t, 2, priv, filepath.Join(starwars, "sw_l3_l4_l7_policy.yaml"))
	c := newCluster(t, pub)
	all := starwarsPods()
	inv := c.nodeInv(t, all...)

	// Before any policy everything flows (the topology works).
	c.mustAllow(t, flow{"xwing", "deathstar-1", ir.ProtoTCP, 80})

	res := c.apply(t, rule1.archive, inv)
	applied := res.View.Program
	t.Run("rule1", func(t *testing.T) {
		c.checkFlows(t, applied, starwarsFlows())
		c.mustAllow(t, flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 80})
		c.mustDeny(t, flow{"xwing", "deathstar-1", ir.ProtoTCP, 80})
		c.mustDeny(t, flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 8080})
	})

	t.Run("status-and-monitor", func(t *testing.T) {
		events := make(chan runtime.Event, 64)
		stop := make(chan struct{})
		done := make(chan error, 1)
		go func() {
			done <- c.l.Monitor(stop, func(ev runtime.Event) bool { events <- ev; return true })
		}()
		time.Sleep(50 * time.Millisecond)
		c.mustDeny(t, flow{"xwing", "deathstar-1", ir.ProtoTCP, 80})
		c.mustAllow(t, flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 80})
		time.Sleep(100 * time.Millisecond)
		close(stop)
		if err := <-done; err != nil {
			t.Fatalf("monitor: %v", err)
		}
		close(events)
		xwing, ds := applied.LookupIP(c.pods["xwing"].IP), applied.LookupIP(c.pods["deathstar-1"].IP)
		var sawDrop bool
		for ev := range events {
			t.Log(loader.FormatEvent(ev, applied))
			if ev.Verdict == runtime.VerdictDeny && ev.SrcIdentity == uint32(xwing) && ev.DstIdentity == uint32(ds) {
				sawDrop = true
			}
		}
		if !sawDrop {
			t.Errorf("monitor: no drop event xwing(%d) -> deathstar(%d)", xwing, ds)
		}
		st, err := c.l.Status()
		if err != nil {
			t.Fatal(err)
		}
		rule := c.expected(applied, flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 80}).Ingress.Entry
		if !slices.ContainsFunc(st.Rules, func(r loader.RuleCounter) bool { return r.Rule == rule && r.Packets > 0 }) {
			t.Errorf("status: rule %d (tiefighter -> deathstar:80) has no packets: %+v", rule, st.Rules)
		}
		for i, a := range st.State.Attachments {
			if !slices.Contains(st.Kernel[i], a.ProgramID) {
				t.Errorf("status: %s %s program %d not reported by the kernel (%v)", a.Interface, a.Hook, a.ProgramID, st.Kernel[i])
			}
		}
	})

	// Swap rule1 -> L7 while an allowed TCP stream and a denied UDP stream run.
	var l7applied *ir.Program
	t.Run("swap-under-traffic", func(t *testing.T) {
		ds := c.pods["deathstar-1"]
		allowed, err := c.pods["tiefighter"].StartTCPStream(ds.IP, 80, 5*time.Millisecond)
		if err != nil {
			t.Fatalf("allowed stream: %v", err)
		}
		denied, err := c.pods["xwing"].StartUDPStream(ds.IP, 9090, 2*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		// An allowed UDP flow through two swapped programs (deathstar's
		// egress, tiefighter's ingress): every datagram must come back.
		udp, err := ds.StartUDPStream(c.pods["tiefighter"].IP, 53, 2*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		retxBefore := c.srvRetx.Load()
		time.Sleep(300 * time.Millisecond)
		start := time.Now()
		res := c.apply(t, l7.archive, inv)
		swap := time.Since(start)
		l7applied = res.View.Program
		time.Sleep(300 * time.Millisecond)
		sent, echoed, retx, err := allowed.Stop(2 * time.Second)
		if err != nil {
			t.Fatal(err)
		}
		dsent, _ := denied.Stop()
		usent, uechoed := udp.Stop()
		t.Logf("allowed UDP stream deathstar-1 -> tiefighter:53: %d sent, %d echoed", usent, uechoed)
		if usent < 50 || uechoed != usent {
			t.Errorf("allowed UDP flow lost datagrams across the swap: %d sent, %d echoed", usent, uechoed)
		}
		time.Sleep(50 * time.Millisecond) // server records its retransmissions at close
		t.Logf("apply took %v; allowed stream: %d sent, %d echoed, %d client retransmissions, %d server retransmissions; denied stream: %d sent, %d received",
			swap, sent, echoed, retx, c.srvRetx.Load()-retxBefore, dsent, c.udpDenied.Load())
		if sent < 50 || echoed != sent || retx != 0 || c.srvRetx.Load() != retxBefore {
			t.Errorf("allowed flow lost packets across the swap: %d sent, %d echoed, %d+%d retransmissions", sent, echoed, retx, c.srvRetx.Load()-retxBefore)
		}
		if dsent < 50 || c.udpDenied.Load() != 0 {
			t.Errorf("denied flow: %d of %d datagrams got through during the swap", c.udpDenied.Load(), dsent)
		}
	})
	if l7applied == nil {
		t.Fatal("L7 bundle not applied")
	}

	t.Run("l7-redirect", func(t *testing.T) {
		f := flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 80}
		d := c.expected(l7applied, f)
		if d.Verdict != ir.Redirect || d.ProxyPort == 0 {
			t.Fatalf("evaluator: %v is %v (proxy %d), want a redirect", f, d.Verdict, d.ProxyPort)
		}
		ifindex := c.hostIfindex(t, "deathstar-1")
		marked := markCounter(t, c.node.Path, ifindex, runtime.ProxyMark(d.ProxyPort))
		c.mustAllow(t, f)
		if n := readCount(t, marked); n == 0 {
			t.Errorf("no packet on %s carried the proxy mark %#x (port %d)", c.pods["deathstar-1"].HostIf, runtime.ProxyMark(d.ProxyPort), d.ProxyPort)
		} else {
			t.Logf("%d packets to deathstar carried mark %#x (proxy port %d)", n, runtime.ProxyMark(d.ProxyPort), d.ProxyPort)
		}
		before := readCount(t, marked)
		c.checkFlows(t, l7applied, starwarsFlows())
		c.mustDeny(t, flow{"xwing", "deathstar-1", ir.ProtoTCP, 80})
		// Denied and non-redirected flows are never marked: only the
		// tiefighter:80 probe inside checkFlows adds marked packets.
		if readCount(t, marked) == before {
			t.Error("redirected probe in checkFlows was not marked")
		}
	})

	t.Run("refused-bundles-keep-policy", func(t *testing.T) {
		cases := []struct {
			name    string
			archive []byte
			want    bundle.Reason
		}{
			{"tampered object", tamper(t, l7.archive, func(b *bundle.Bundle) { flipObject(b) }), bundle.ReasonFileChanged},
			{"tampered node data", tamper(t, l7.archive, func(b *bundle.Bundle) {
				b.Files[bundle.NodeDataName] = bytes.Replace(b.Files[bundle.NodeDataName], []byte(`"Enforced": true`), []byte(`"Enforced": false`), -1)
			}), bundle.ReasonFileChanged},
			{"added file", tamper(t, l7.archive, func(b *bundle.Bundle) { b.Files["objects/extra.o"] = []byte("x") }), bundle.ReasonFileAdded},
			{"unsigned", unsign(t, l7.archive), bundle.ReasonNoSignature},
			{"wrong key", buildBundle(t, 3, otherKey(t), filepath.Join(starwars, "sw_l3_l4_policy.yaml")).archive, bundle.ReasonBadSignature},
			{"downgrade", rule1.archive, bundle.ReasonDowngrade},
		}
		before, _ := c.l.State()
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				_, err := c.l.Apply(bytes.NewReader(tc.archive), inv)
				var re *bundle.RefusalError
				if !errors.As(err, &re) || re.Reason != tc.want {
					t.Fatalf("apply: got %v, want refusal %s", err, tc.want)
				}
				st, _ := c.l.State()
				if st.Revision != before.Revision || st.GenDir != before.GenDir {
					t.Fatalf("state changed: revision %d -> %d", before.Revision, st.Revision)
				}
				c.mustAllow(t, flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 80})
				c.mustDeny(t, flow{"xwing", "deathstar-1", ir.ProtoTCP, 80})
			})
		}
	})

	t.Run("identity-churn", func(t *testing.T) {
		before, _ := c.l.State()
		v2 := tiefighterV2()
		c.addPod(t, v2)
		c.pods["tiefighter-v2"].ServeTCP(t, 80)
		res := c.apply(t, l7.archive, c.nodeInv(t, append(all, v2)...))
		if len(res.View.NewIdentities) != 1 {
			t.Fatalf("want one new identity for tiefighter-v2, got %+v", res.View.NewIdentities)
		}
		newID := res.View.NewIdentities[0].ID
		if slices.ContainsFunc(l7.prog.Identities, func(i ir.IdentityInfo) bool { return i.ID == newID }) {
			t.Fatalf("identity %d was already in the bundle", newID)
		}
		after := res.State
		for _, a := range before.Attachments {
			i := slices.IndexFunc(after.Attachments, func(b loader.AttachmentState) bool { return b.Interface == a.Interface && b.Hook == a.Hook })
			if i < 0 || after.Attachments[i].ProgramID != a.ProgramID {
				t.Errorf("%s %s: program changed on identity churn (%d)", a.Interface, a.Hook, a.ProgramID)
			}
		}
		if after.GenDir != before.GenDir {
			t.Errorf("identity churn reloaded the bundle (%s -> %s)", before.GenDir, after.GenDir)
		}
		f := flow{"tiefighter-v2", "deathstar-1", ir.ProtoTCP, 80}
		if d := c.expected(res.View.Program, f); d.Verdict == ir.Deny {
			t.Fatalf("evaluator denies %v for the new identity", f)
		}
		c.mustAllow(t, f)
		c.checkFlows(t, res.View.Program, append(starwarsFlows(), f, flow{"tiefighter-v2", "deathstar-1", ir.ProtoTCP, 8080}))
		ip := c.pods["tiefighter-v2"].IP
		if id, ok := ipcacheLookup(t, after.GenDir, ip); !ok || id != uint32(newID) {
			t.Errorf("ipcache[%s] = %d, %v; want %d", ip, id, ok, newID)
		}

		// The pod goes away: its ipcache entry is removed.
		res = c.apply(t, l7.archive, c.nodeInv(t, all...))
		if id, ok := ipcacheLookup(t, res.State.GenDir, ip); ok {
			t.Errorf("ipcache[%s] still holds identity %d after the pod was removed", ip, id)
		}
		// Its address is world now: deathstar refuses it.
		if d := c.expected(res.View.Program, f); d.Verdict != ir.Deny {
			t.Fatalf("evaluator still allows %v after removal", f)
		}
		c.mustDeny(t, f)
	})

	// A policy change judges flows already tracked, as Cilium judges every
	// packet: a flow the new policy denies is cut mid-stream, one it still
	// allows keeps flowing (its entry rewritten from redirect to allow).
	t.Run("revoked-flows-cut", func(t *testing.T) {
		revoke := buildBundle(t, 4, priv, filepath.Join(starwars, "sw_l3_l4_policy.yaml"), filepath.Join(starwars, "sw_deny_policy.yaml"))
		ds, tf := c.pods["deathstar-1"], c.pods["tiefighter"]
		cut, kept := flow{"deathstar-1", "tiefighter", ir.ProtoUDP, 53}, flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 80}
		if c.expected(revoke.prog, cut).Verdict != ir.Deny || c.expected(revoke.prog, kept).Verdict != ir.Allow {
			t.Fatalf("evaluator: want %v denied and %v allowed by the new policy", cut, kept)
		}
		udp, err := ds.StartUDPStream(tf.IP, 53, 2*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		tcp, err := tf.StartTCPStream(ds.IP, 80, 5*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		retxBefore := c.srvRetx.Load()
		time.Sleep(200 * time.Millisecond)
		if udp.Echoed() == 0 {
			t.Fatal("UDP stream not flowing before the change")
		}
		res := c.apply(t, revoke.archive, inv)
		t.Logf("apply: %s", res.Conntrack)
		if res.Conntrack.Revoked == 0 || res.Conntrack.Rewritten == 0 {
			t.Errorf("conntrack sweep: %s; want revoked and rewritten entries", res.Conntrack)
		}
		time.Sleep(100 * time.Millisecond) // echoes in flight at the change
		after := udp.Echoed()
		time.Sleep(300 * time.Millisecond)
		usent, uechoed := udp.Stop()
		if uechoed != after {
			t.Errorf("denied UDP flow kept flowing after the change: %d echoes after it (%d sent in all)", uechoed-after, usent)
		}
		sent, echoed, retx, err := tcp.Stop(2 * time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if sent < 50 || echoed != sent || retx != 0 || c.srvRetx.Load() != retxBefore {
			t.Errorf("allowed TCP flow disturbed by the change: %d sent, %d echoed, %d+%d retransmissions", sent, echoed, retx, c.srvRetx.Load()-retxBefore)
		}
		c.checkFlows(t, res.View.Program, starwarsFlows())
	})

	t.Run("detach", func(t *testing.T) {
		if err := c.l.Detach(); err != nil {
			t.Fatal(err)
		}
		c.mustAllow(t, flow{"xwing", "deathstar-1", ir.ProtoTCP, 80})
		if _, err := c.l.Apply(bytes.NewReader(rule1.archive), inv); err == nil {
			t.Error("downgrade accepted after detach")
		}
	})
}

func (c *cluster) hostIfindex(t *testing.T, pod string) int {
	t.Helper()
	st, err := c.l.State()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range st.Attachments {
		if a.Interface == c.pods[pod].HostIf {
			return a.Ifindex
		}
	}
	t.Fatalf("no attachment on %s", c.pods[pod].HostIf)
	return 0
}

func ipcacheLookup(t *testing.T, genDir string, a netip.Addr) (uint32, bool) {
	t.Helper()
	m, err := ebpf.LoadPinnedMap(filepath.Join(genDir, "maps", runtime.MapIPCache4), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	v := make(runtime.IPCacheValue, m.ValueSize()/4)
	if err := m.Lookup(runtime.IPv4Key{Addr: a.As4()}, &v); err != nil {
		if errors.Is(err, ebpf.ErrKeyNotExist) {
			return 0, false
		}
		t.Fatal(err)
	}
	return v.Identity(), true
}

// tamper changes a signed bundle's members without re-signing.
func tamper(t *testing.T, archive []byte, fn func(*bundle.Bundle)) []byte {
	t.Helper()
	b, err := bundle.Read(bytes.NewReader(archive), bundle.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	fn(b)
	out, err := bundle.Rewrite(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func flipObject(b *bundle.Bundle) {
	for _, p := range b.Manifest.Files {
		if strings.HasPrefix(p.Path, "objects/") {
			data := bytes.Clone(b.Files[p.Path])
			data[len(data)/2] ^= 0x01
			b.Files[p.Path] = data
			return
		}
	}
}

func unsign(t *testing.T, archive []byte) []byte {
	return tamper(t, archive, func(b *bundle.Bundle) { b.Signature = nil })
}

func otherKey(t *testing.T) ed25519.PrivateKey {
	priv, _ := keys(t)
	return priv
}
