package frontend

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/policyc/policyc/internal/diag"
)

// expectation is one `# ERROR "rx"` (or WARNING, INFO) comment.
type expectation struct {
	line     int
	severity diag.Severity
	rx       *regexp.Regexp
	matched  bool
}

var expectRx = regexp.MustCompile(`#\s*(ERROR|WARNING|INFO)\s+("(?:[^"\\]|\\.)*")`)

// parseExpectations reads the inline expectations of a test input.
func parseExpectations(t *testing.T, name string, src []byte) []*expectation {
	t.Helper()
	var out []*expectation
	for i, line := range strings.Split(string(src), "\n") {
		for _, m := range expectRx.FindAllStringSubmatch(line, -1) {
			pattern, err := strconv.Unquote(m[2])
			if err != nil {
				// Keep regexp escapes such as \( intact: unquote by hand.
				pattern = strings.ReplaceAll(m[2][1:len(m[2])-1], `\"`, `"`)
			}
			rx, err := regexp.Compile(pattern)
			if err != nil {
				t.Fatalf("%s:%d: bad expectation regexp %q: %v", name, i+1, pattern, err)
			}
			sev := map[string]diag.Severity{"ERROR": diag.Error, "WARNING": diag.Warning, "INFO": diag.Info}[m[1]]
			out = append(out, &expectation{line: i + 1, severity: sev, rx: rx})
		}
	}
	return out
}

// TestDiagnostics runs every testdata/diag/*.yaml and matches the reported
// diagnostics against the inline expectations on the offending lines. It
// fails on missing, unexpected and mis-positioned diagnostics and on any
// diagnostic without a code. Info notes are checked only where expected.
func TestDiagnostics(t *testing.T) {
	files, err := filepath.Glob("../../testdata/diag/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no inputs in testdata/diag: %v", err)
	}
	codes := map[diag.Code]bool{}
	errorCases := 0
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			exps := parseExpectations(t, name, src)
			_, diags := ParseFile(name, src, Options{})
			for _, d := range diags {
				codes[d.Code] = true
				checkDiagnostic(t, name, d, exps)
			}
			for _, e := range exps {
				if !e.matched {
					t.Errorf("%s:%d: missing %s matching %q", name, e.line, e.severity, e.rx)
				}
				if e.severity == diag.Error {
					errorCases++
				}
			}
		})
	}
	t.Logf("%d error cases in %d files; %d distinct codes reported", errorCases, len(files), len(codes))
	if errorCases < 40 {
		t.Errorf("only %d error cases; want at least 40", errorCases)
	}
	for _, c := range testableCodes {
		if !codes[c] {
			t.Errorf("no test input in testdata/diag triggers %s (%s)", c, diag.Summary(c))
		}
	}
}

// testableCodes are the frontend codes a single input file can trigger;
// each must be exercised by testdata/diag. (PC0001, PC0006, PC0007 need the
// file system or huge inputs and are tested in paths_test.go.)
var testableCodes = []diag.Code{
	diag.CodeYAMLSyntax, diag.CodeSkippedKind, diag.CodeMissingKind, diag.CodeAPIVersion,
	diag.CodeUnknownField, diag.CodeWrongType, diag.CodeMissingField, diag.CodeDuplicateKey,
	diag.CodeEmptyPolicy, diag.CodeObjectName, diag.CodeNamespaceCCNP,
	diag.CodeSubjectSelector, diag.CodeNodeSelectorCNP, diag.CodeCombinedPeers, diag.CodeICMPWithPorts,
	diag.CodeL7Protocol, diag.CodeL7PortZero, diag.CodeDNSIngress, diag.CodeDNSPorts, diag.CodeMultipleL7,
	diag.CodeL7NoProto, diag.CodeL7EmptyKey, diag.CodeServerNames, diag.CodeListener, diag.CodeHTTPRegex,
	diag.CodeHeaderMatch, diag.CodeKafka, diag.CodePort, diag.CodeEndPort, diag.CodeTooMany,
	diag.CodeProtocol, diag.CodeICMP, diag.CodeSelectorOperator, diag.CodeSelectorValues,
	diag.CodeLabelSyntax, diag.CodeEntity, diag.CodeCIDR, diag.CodeCIDRExcept, diag.CodeCIDRRuleForm,
	diag.CodeCIDRGroupRef, diag.CodeFQDN, diag.CodeAuthMode, diag.CodeNodePeers, diag.CodeHostL7,
	diag.CodeTLS, diag.CodeService, diag.CodePolicyTypes, diag.CodeIPBlock,
	diag.CodePortOnlyRule, diag.CodeEmptyPeerList, diag.CodeDefaultDenyOff, diag.CodeFQDNWithoutDNS,
	diag.CodeRuleNoEffect, diag.CodeCIDRHostBits, diag.CodeRequiresOnly, diag.CodeNetworkPolicyNoop, diag.CodePortRuleNoPorts, diag.CodeNamedPortRange, diag.CodeDuplicateName,
	diag.CodeNodeSelectorNoEffect, diag.CodeNoRules,
}

// matches: an expectation "PC0123 rx" needs that code and rx matching the
// message; one without a code matches the message alone.
func (e *expectation) matches(d diag.Diagnostic) bool {
	code, rest, ok := strings.Cut(e.rx.String(), " ")
	if ok && regexp.MustCompile(`^PC\d{4}$`).MatchString(code) {
		return diag.Code(code) == d.Code && regexp.MustCompile(rest).MatchString(d.Message)
	}
	return e.rx.MatchString(d.Message)
}

func checkDiagnostic(t *testing.T, name string, d diag.Diagnostic, exps []*expectation) {
	t.Helper()
	if !regexp.MustCompile(`^PC\d{4}$`).MatchString(string(d.Code)) {
		t.Errorf("diagnostic without a valid code: %s", d)
	}
	if d.Pos.File != name || d.Pos.Line <= 0 || d.Pos.Col <= 0 {
		t.Errorf("diagnostic without a position: %s", d)
	}
	for _, e := range exps {
		if !e.matched && e.line == d.Pos.Line && e.severity == d.Severity && e.matches(d) {
			e.matched = true
			return
		}
	}
	if d.Severity == diag.Info && !slices.ContainsFunc(exps, func(e *expectation) bool { return e.severity == diag.Info }) {
		return
	}
	t.Errorf("unexpected %s", d)
}
