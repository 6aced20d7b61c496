package frontend

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/internal/testutils"
)

// corpusTemplates are the corpus files INDEX.md tags `tmpl`: they hold Go
// template placeholders ({{ ... }}) and are not policies until rendered.
var corpusTemplates = []string{
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-http-external-node.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-http-matchheader-secret-port-range.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-http-matchheader-secret.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-http-named-port.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-http-port-range.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-http.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-tls-port-range.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-tls-sni.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-l7-tls.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-node-local-dns.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-only-dns.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-tls-sni.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-to-cidr-external-deny.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-to-cidr-external.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-to-cidr-k8s.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-to-cidrgroup-external-deny-label.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-to-cidrgroup-external-deny.yaml",
	"cilium-cli/connectivity/builder/manifests/client-egress-to-fqdns.yaml",
	"cilium-cli/connectivity/builder/manifests/deny-cidr.yaml",
	"cilium-cli/connectivity/builder/manifests/echo-ingress-from-cidr.yaml",
	"test/k8s/manifests/cnp-second-namespaces/templates/policy.yaml",
}

// corpusSchemas are the CRD schema files: not policies, skipped with a note.
var corpusSchemas = []string{
	"pkg/k8s/apis/cilium.io/client/crds/v2/ciliumclusterwidenetworkpolicies.yaml",
	"pkg/k8s/apis/cilium.io/client/crds/v2/ciliumnetworkpolicies.yaml",
}

// corpusBroken are files Cilium (or the API server) rejects too, each with
// the reason and the code policyc must report at a position.
var corpusBroken = map[string]struct {
	code   diag.Code
	reason string
}{
	"examples/policies/auth/auth.yaml": {diag.CodeUnknownField,
		"uses the obsolete `auth: {type: \"null\"}` field, not in the current schema"},
	"examples/policies/l3/match-expressions/and-statement.yaml": {diag.CodeSelectorOperator,
		"lower-case operator `in`; the enum is case-sensitive (In)"},
	"examples/policies/l3/match-expressions/or-statement.yaml": {diag.CodeSelectorOperator,
		"lower-case operator `in`; the enum is case-sensitive (In)"},
	"examples/policies/kubernetes/clustermesh/cross-cluster-policy.yaml": {diag.CodeUnknownField,
		"metadata.description is not an ObjectMeta field (kubectl's strict field validation rejects it)"},
	"examples/policies/l3/entities/customnodes.yaml": {diag.CodeNodePeers,
		"fromNodes needs --enable-node-selector-labels, off by default (checked again below with it on)"},
	"test/k8s/manifests/ccnp-host-ingress-from-cidr-to-ports.yaml": {diag.CodeCIDR,
		"NODE_WITHOUT_CILIUM_IP placeholder, substituted by Cilium's test harness"},
	"test/k8s/manifests/ccnp-host-policy-nodeport-tests.yaml": {diag.CodeCIDR,
		"NODE_WITHOUT_CILIUM_IP placeholder, substituted by Cilium's test harness"},
	"test/k8s/manifests/cnp-ingress-from-cidr-to-ports.yaml": {diag.CodeCIDR,
		"NODE_WITHOUT_CILIUM_IP placeholder, substituted by Cilium's test harness"},
}

func corpusDir(t *testing.T) string {
	t.Helper()
	return filepath.Join(testutils.SharedDir(t, filepath.Join("..", "..")), "corpus", "cilium-examples")
}

// TestCorpus checks every YAML file of Cilium's example corpus: templates
// are skipped by name, known-broken files must fail with a positioned
// error of the expected code, everything else must have zero errors.
func TestCorpus(t *testing.T) {
	dir := corpusDir(t)
	var checked, skipped, broken, policies int
	seen := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(path, dir+string(filepath.Separator)))
		seen[rel] = true
		if slices.Contains(corpusTemplates, rel) {
			skipped++
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, diags := ParseFile(rel, src, Options{})
		policies += len(f.Policies)
		if b, ok := corpusBroken[rel]; ok {
			broken++
			checkBroken(t, rel, b.code, b.reason, diags)
			return nil
		}
		checked++
		for _, d := range diags {
			if d.Severity == diag.Error {
				t.Errorf("%s: unexpected error: %s", rel, d)
			}
		}
		if slices.Contains(corpusSchemas, rel) && !hasCode(diags, diag.CodeSkippedKind) {
			t.Errorf("%s: CRD schema not skipped with a PC0003 note", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range append(append(slices.Clone(corpusTemplates), corpusSchemas...), mapKeys(corpusBroken)...) {
		if !seen[name] {
			t.Errorf("listed corpus file %s does not exist", name)
		}
	}
	if checked < 150 {
		t.Errorf("only %d corpus files checked; is the corpus complete?", checked)
	}
	t.Logf("corpus: %d files checked clean (%d valid policies), %d templates skipped, %d known-broken rejected",
		checked, policies, skipped, broken)
}

func checkBroken(t *testing.T, rel string, code diag.Code, reason string, diags diag.List) {
	t.Helper()
	for _, d := range diags {
		if d.Severity == diag.Error && d.Code == code && d.Pos.Line > 0 {
			return
		}
	}
	t.Errorf("%s: known broken (%s) but no positioned %s error; got:\n%v", rel, reason, code, diags)
}

func hasCode(l diag.List, c diag.Code) bool {
	return slices.ContainsFunc(l, func(d diag.Diagnostic) bool { return d.Code == c })
}

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestCorpusNodeSelectorLabels: with the flag on, fromNodes is accepted.
func TestCorpusNodeSelectorLabels(t *testing.T) {
	path := filepath.Join(corpusDir(t), "examples/policies/l3/entities/customnodes.yaml")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, diags := ParseFile("customnodes.yaml", src, Options{EnableNodeSelectorLabels: true})
	if diags.HasErrors() || len(f.Policies) != 1 || f.Policies[0].Rules[0].Ingress[0].FromNodes == nil {
		t.Fatalf("customnodes.yaml with node selector labels: %d policies, diags:\n%v", len(f.Policies), diags)
	}
}

// TestExamples: every bundled demo policy file checks clean, without
// warnings. The files of one demo are alternatives applied in turn (the
// Star Wars guide replaces rule1 step by step), so checking a whole demo
// directory only warns that names repeat (PC0312).
func TestExamples(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/examples/*/*.yaml")
	n := 0
	for _, path := range paths {
		files, diags := ParsePaths([]string{path}, nil, Options{})
		n += len(files[0].Policies)
		for _, d := range diags {
			if d.Severity != diag.Info {
				t.Errorf("%s", d)
			}
		}
	}
	if n < 7 {
		t.Errorf("only %d policies in testdata/examples", n)
	}
	_, diags := ParsePaths([]string{"../../testdata/examples"}, nil, Options{})
	for _, d := range diags {
		if d.Severity != diag.Info && d.Code != diag.CodeDuplicateName {
			t.Errorf("%s", d)
		}
	}
}
