package policytest

import (
	"errors"
	"fmt"
	"net/netip"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/policyc/policyc/internal/diag"
	"github.com/policyc/policyc/ir"
)

// Parse parses and checks one *.policytest file. path names the file in
// diagnostics and anchors its relative policy and inventory paths. On any
// error the Suite is nil and the list holds at least one positioned error.
func Parse(path string, src []byte) (*Suite, diag.List) {
	var diags diag.List
	tree, err := parser.ParseBytes(path, src)
	if err != nil {
		diags.Add(syntaxDiag(path, err))
		return nil, diags
	}
	c := &checker{path: path, dir: filepath.Dir(path), suite: &Suite{Path: path}}
	c.file(tree)
	if c.diags.HasErrors() {
		c.diags.Sort()
		return nil, c.diags
	}
	return c.suite, c.diags
}

// syntaxDiag turns a participle error into a positioned diagnostic.
func syntaxDiag(path string, err error) diag.Diagnostic {
	d := diag.Diagnostic{Pos: ir.Pos{File: path}, Severity: diag.Error, Code: diag.CodeTestSyntax, Message: err.Error()}
	var perr participle.Error
	if errors.As(err, &perr) {
		d.Pos = position(path, perr.Position())
		d.Message = friendlySyntax(perr.Message())
		d.Hint = syntaxHint(err, d.Message)
	}
	if d.Pos.Line == 0 {
		d.Pos.Line, d.Pos.Col = 1, 1
	}
	return d
}

// syntaxNames renames the grammar's internal node names in participle's
// messages to the words docs/testing.md uses.
var syntaxNames = strings.NewReplacer(
	`unexpected token "<EOF>"`, "unexpected end of file",
	"<arrow>", `"->"`,
	"SyntaxService", "SERVICE",
	"SyntaxPeer", "PEER",
	"SyntaxWord", "WORD",
	"SyntaxRef", "NAMESPACE/NAME",
	"SyntaxAddr", "ADDRESS",
	"SyntaxQuote", "STRING",
	"SyntaxLabel", "KEY=VALUE",
	"SyntaxNamedPort", "NAME=PORT",
	"SyntaxItem", "ITEM",
	"SyntaxStmt", "STATEMENT",
	"SyntaxExpect", "EXPECT",
	"SyntaxEndpointField", "ENDPOINT-CLAUSE",
)

func friendlySyntax(msg string) string { return syntaxNames.Replace(msg) }

// keywords are the words that can start a statement or a clause, for
// "did you mean" hints.
var keywords = []string{"policy", "policies", "inventory", "namespace", "endpoint", "fqdn", "group", "test",
	"expect", "allow", "deny", "redirect", "labels", "ips", "ports", "identity", "world", "tcp", "udp", "sctp",
	"icmp", "icmpv6", "type", "proxy", "fragment"}

// syntaxHint suggests a fix for common mistakes, else points at the grammar.
func syntaxHint(err error, msg string) string {
	switch {
	case strings.Contains(msg, "expected SERVICE"):
		return "a service is tcp/PORT, udp/PORT, sctp/PORT, icmp type N or icmpv6 type N (see docs/testing.md)"
	case strings.Contains(msg, `expected "="`):
		return "labels and ports are KEY=VALUE, separated by commas (is there a trailing comma?)"
	}
	var ut *participle.UnexpectedTokenError
	if errors.As(err, &ut) {
		if kw := closestKeyword(strings.ToLower(ut.Unexpected.Value)); kw != "" {
			return fmt.Sprintf("did you mean %q?", kw)
		}
	}
	return "the grammar is in docs/testing.md"
}

// closestKeyword returns the keyword within edit distance 2 of w (and not
// w itself), or "".
func closestKeyword(w string) string {
	best, bestDist := "", 3
	for _, k := range keywords {
		if d := editDistance(w, k); d > 0 && d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func position(path string, p lexer.Position) ir.Pos {
	return ir.Pos{File: path, Line: p.Line, Col: p.Column}
}

// checker walks the syntax tree, validating values and building the Suite.
type checker struct {
	path, dir string
	suite     *Suite
	diags     diag.List
	seen      map[string]ir.Pos // declared names, for duplicate detection
}

func (c *checker) pos(p lexer.Position) ir.Pos { return position(c.path, p) }

func (c *checker) errorf(p lexer.Position, code diag.Code, format string, args ...any) {
	c.diags.Errorf(c.pos(p), code, format, args...)
}

func (c *checker) file(f *syntaxFile) {
	c.seen = map[string]ir.Pos{}
	for _, s := range f.Stmts {
		switch {
		case s.Use != nil:
			c.use(s.Use)
		case s.Namespace != nil:
			c.namespace(s.Namespace)
		case s.Endpoint != nil:
			c.endpoint(s.Endpoint)
		case s.FQDN != nil:
			c.fqdn(s.FQDN)
		case s.Item != nil:
			c.item(s.Item, nil)
		}
	}
	if len(c.suite.Policies) == 0 {
		c.diags.Add(diag.Diagnostic{
			Pos: ir.Pos{File: c.path, Line: 1, Col: 1}, Severity: diag.Error, Code: diag.CodeTestNoPolicy,
			Message: "the test file names no policy",
			Hint:    `add a line such as: policy "policies/"   (paths are relative to the test file)`,
		})
	}
}

func (c *checker) use(u *syntaxUse) {
	for _, q := range u.Paths {
		if q.Value == "" {
			c.errorf(q.Pos, diag.CodeTestValue, "empty path")
			continue
		}
		p := q.Value
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.dir, p)
		}
		if strings.EqualFold(u.Kind, "inventory") {
			c.suite.Inventories = append(c.suite.Inventories, p)
		} else {
			c.suite.Policies = append(c.suite.Policies, p)
		}
	}
}

// declare records a declared name and reports a duplicate.
func (c *checker) declare(kind, name string, p lexer.Position) bool {
	key := kind + " " + name
	if prev, dup := c.seen[key]; dup {
		c.diags.Add(diag.Diagnostic{
			Pos: c.pos(p), Severity: diag.Error, Code: diag.CodeTestDuplicate,
			Message: fmt.Sprintf("%s %s declared twice", kind, name),
			Related: []diag.Related{{Pos: prev, Message: "first declared here"}},
		})
		return false
	}
	c.seen[key] = c.pos(p)
	return true
}

func (c *checker) namespace(n *syntaxNamespace) {
	if !c.declare("namespace", n.Name.Value, n.Pos) {
		return
	}
	c.suite.Namespaces = append(c.suite.Namespaces, Namespace{
		Pos: c.pos(n.Pos), Name: n.Name.Value, Labels: c.labels(n.Labels),
	})
}

func (c *checker) endpoint(e *syntaxEndpoint) {
	d := EndpointDecl{Pos: c.pos(e.Pos), Namespace: e.Ref.Namespace, Name: e.Ref.Name}
	if !c.declare("endpoint", d.Ref(), e.Pos) {
		return
	}
	for _, f := range e.Fields {
		switch {
		case f.Labels != nil:
			d.Labels = append(d.Labels, c.labels(f.Labels)...)
		case f.IPs != nil:
			d.IPs = append(d.IPs, c.addrs(f.IPs)...)
		case f.Ports != nil:
			for _, np := range f.Ports {
				if port, ok := c.port(np.Port); ok {
					d.NamedPorts = append(d.NamedPorts, NamedPort{Name: np.Name, Port: port})
				}
			}
		case f.Identity != nil:
			id, err := strconv.ParseUint(f.Identity.Value, 10, 32)
			if err != nil || id == 0 {
				c.errorf(f.Identity.Pos, diag.CodeTestValue, "invalid identity %q: want a number from 1 to 4294967295", f.Identity.Value)
				continue
			}
			d.Identity = ir.Identity(id)
		}
	}
	c.suite.Endpoints = append(c.suite.Endpoints, d)
}

func (c *checker) fqdn(f *syntaxFQDN) {
	if !c.declare("fqdn", f.Name.Value, f.Pos) {
		return
	}
	c.suite.FQDNs = append(c.suite.FQDNs, FQDN{Pos: c.pos(f.Pos), Name: f.Name.Value, IPs: c.addrs(f.IPs)})
}

func (c *checker) labels(ls []*syntaxLabel) []Label {
	out := make([]Label, 0, len(ls))
	for _, l := range ls {
		key := l.Key
		if l.KeySuffix != nil {
			key += "/" + *l.KeySuffix
		}
		var value string
		switch {
		case l.ValueString != nil:
			value = *l.ValueString
		case l.ValueWord != nil:
			value = *l.ValueWord
		}
		if key == "" {
			c.errorf(l.Pos, diag.CodeTestValue, "empty label key")
			continue
		}
		if strings.Contains(key, ":") {
			c.diags.Add(diag.Diagnostic{Pos: c.pos(l.Pos), Severity: diag.Error, Code: diag.CodeTestValue,
				Message: fmt.Sprintf("label key %q has a source prefix", key),
				Hint:    "write labels as on the Pod or Namespace (app=web); policyc adds the k8s: source itself"})
			continue
		}
		out = append(out, Label{Key: key, Value: value})
	}
	return out
}

// addrs parses single addresses (endpoint IPs, FQDN answers).
func (c *checker) addrs(as []*syntaxAddr) []netip.Addr {
	var out []netip.Addr
	for _, a := range as {
		if a.Bits != nil {
			c.errorf(a.Pos, diag.CodeTestValue, "%s/%s: want an IP address, not a prefix", a.Addr, *a.Bits)
			continue
		}
		ip, err := netip.ParseAddr(a.Addr)
		if err != nil || ip.Zone() != "" {
			c.errorf(a.Pos, diag.CodeTestValue, "invalid IP address %q", a.Addr)
			continue
		}
		out = append(out, ip.Unmap())
	}
	return out
}

// prefix parses a world peer: an address or a canonical prefix.
func (c *checker) prefix(a *syntaxAddr) (netip.Prefix, bool) {
	if a.Bits == nil {
		ips := c.addrs([]*syntaxAddr{a})
		if len(ips) == 0 {
			return netip.Prefix{}, false
		}
		return netip.PrefixFrom(ips[0], ips[0].BitLen()), true
	}
	text := a.Addr + "/" + *a.Bits
	p, err := netip.ParsePrefix(text)
	if err != nil {
		c.errorf(a.Pos, diag.CodeTestValue, "invalid prefix %q", text)
		return netip.Prefix{}, false
	}
	if p.Addr().Is4In6() {
		c.errorf(a.Pos, diag.CodeTestValue, "invalid prefix %q: write IPv4 prefixes in dotted form", text)
		return netip.Prefix{}, false
	}
	if p.Masked() != p {
		c.diags.Add(diag.Diagnostic{
			Pos: c.pos(a.Pos), Severity: diag.Error, Code: diag.CodeTestValue,
			Message: fmt.Sprintf("prefix %s has host bits set", text),
			Hint:    fmt.Sprintf("write %s, or a single address without /%d", p.Masked(), p.Bits()),
		})
		return netip.Prefix{}, false
	}
	return p, true
}

// port parses a port number 1..65535.
func (c *checker) port(w *syntaxWord) (uint16, bool) {
	n, err := strconv.ParseUint(w.Value, 10, 16)
	if err != nil || n == 0 {
		c.errorf(w.Pos, diag.CodeTestValue, "invalid port %q: want a number from 1 to 65535", w.Value)
		return 0, false
	}
	return uint16(n), true
}
