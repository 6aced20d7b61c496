package loader_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/policyc/policyc/internal/bundle"
	"github.com/policyc/policyc/ir"
)

// policycBinary builds the policyc command once per test.
func policycBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "policyc")
	gocmd := filepath.Join(goruntime.GOROOT(), "bin", "go")
	out, err := exec.Command(gocmd, "build", "-o", bin, "github.com/policyc/policyc/cmd/policyc").CombinedOutput()
	if err != nil {
		t.Fatalf("go build policyc: %v\n%s", err, out)
	}
	return bin
}

// cli runs policyc and returns stdout, stderr and the exit code.
func cli(t *testing.T, bin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("policyc %v: %v", args, err)
	}
	t.Logf("$ policyc %s  (exit %d)\n%s%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
	return stdout.String(), stderr.String(), code
}

// TestE2ECLI drives the operator's commands against the Star Wars node:
// policyc bundle/apply/status/monitor/detach with real traffic.
func TestE2ECLI(t *testing.T) {
	bin := policycBinary(t)
	dir := t.TempDir()
	privPEM, pubPEM, err := bundle.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	key, pub := filepath.Join(dir, "ci.key"), filepath.Join(dir, "ci.pub")
	os.WriteFile(key, privPEM, 0o600)
	os.WriteFile(pub, pubPEM, 0o644)
	bpub, _ := bundle.ParsePublicKey(pubPEM)
	c := newCluster(t, bpub)
	_, node := nodeFilePath(t, starwarsPods(), c.ifaces)
	fs := privateBPFFS(t)
	common := []string{"--bpffs", fs, "--state-dir", filepath.Join(dir, "state"), "--netns", c.node.Path}

	b1 := filepath.Join(dir, "rule1.bundle")
	if _, _, code := cli(t, bin, "bundle", filepath.Join(starwars, "sw_l3_l4_policy.yaml"), "--inventory", filepath.Join(starwars, "inventory.yaml"),
		"--revision", "1", "--key", key, "-o", b1); code != 0 {
		t.Fatal("policyc bundle failed")
	}
	out, _, code := cli(t, bin, append([]string{"apply", b1, "--pubkey", pub, "--node", node}, common...)...)
	if code != 0 || !strings.Contains(out, "applied revision 1") {
		t.Fatalf("policyc apply: exit %d", code)
	}
	xwing := flow{"xwing", "deathstar-1", ir.ProtoTCP, 80}
	tie := flow{"tiefighter", "deathstar-1", ir.ProtoTCP, 80}

	// monitor in the background while xwing is dropped.
	mon := exec.Command(bin, append([]string{"monitor", "--drops", "--count", "1", "--timeout", "10s"}, common...)...)
	var monOut bytes.Buffer
	mon.Stdout, mon.Stderr = &monOut, &monOut
	if err := mon.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	c.mustDeny(t, xwing)
	c.mustAllow(t, tie)
	if err := mon.Wait(); err != nil {
		t.Errorf("policyc monitor: %v\n%s", err, monOut.String())
	}
	t.Logf("$ policyc monitor --drops --count 1\n%s", monOut.String())
	if !regexp.MustCompile(`DROP ingress tcp 10\.0\.1\.30:\d+ -> 10\.0\.1\.10:80 src-identity=\d+\(.*k8s:class=xwing.*\) dst-identity=\d+\(.*k8s:class=deathstar.*\)`).MatchString(monOut.String()) {
		t.Errorf("monitor output lacks the xwing drop with both identities")
	}

	// The rule that allows tiefighter, by the evaluator on the same inputs.
	priv, err := bundle.ParsePrivateKey(privPEM)
	if err != nil {
		t.Fatal(err)
	}
	rule := c.expected(buildBundle(t, 1, priv, filepath.Join(starwars, "sw_l3_l4_policy.yaml")).prog, tie).Ingress.Entry
	out, _, code = cli(t, bin, append([]string{"status"}, common...)...)
	for _, want := range []string{"revision   1", c.pods["deathstar-1"].HostIf, "tcx-egress", "attached", fmt.Sprintf("rule %d ", rule), "sw_l3_l4_policy.yaml"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("policyc status: exit %d, output lacks %q", code, want)
		}
	}
	if strings.Contains(out, "not attached!") {
		t.Error("status reports a program the kernel does not have")
	}

	// A tampered bundle: exit 1, the old policy still enforced.
	data, _ := os.ReadFile(b1)
	data[len(data)/2] ^= 0xff
	bad := filepath.Join(dir, "tampered.bundle")
	os.WriteFile(bad, data, 0o644)
	_, errOut, code := cli(t, bin, append([]string{"apply", bad, "--pubkey", pub, "--node", node}, common...)...)
	if code != 1 || !strings.Contains(errOut, "previous policy is still enforcing") {
		t.Errorf("tampered apply: exit %d, want 1 with a clear message", code)
	}
	c.mustDeny(t, xwing)
	c.mustAllow(t, tie)

	if _, _, code := cli(t, bin, append([]string{"detach"}, common...)...); code != 0 {
		t.Fatal("policyc detach failed")
	}
	c.mustAllow(t, xwing)
}
