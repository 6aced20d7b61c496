package policytest

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The concrete syntax tree, as participle fills it. Every node records its
// position; check.go turns the tree into a Suite and reports semantic errors
// at these positions. docs/testing.md holds the EBNF this mirrors.

// lexRules are the tokens of the language. Order matters: the first rule
// that matches at a position wins.
var lexRules = []lexer.SimpleRule{
	{Name: "Comment", Pattern: `#[^\n]*`},
	{Name: "Whitespace", Pattern: `[ \t\r\n]+`},
	{Name: "String", Pattern: `"(?:\\.|[^"\\\n])*"`},
	{Name: "Arrow", Pattern: `->`},
	// A Word is a keyword, a name, a number, an IP address or a label
	// key/value. Hyphens are allowed only between other characters, so
	// "a->b" lexes as a, ->, b.
	{Name: "Word", Pattern: `[A-Za-z0-9_.:]+(?:-+[A-Za-z0-9_.:]+)*`},
	{Name: "Punct", Pattern: `[=,{}/]`},
}

// syntaxFile is a whole *.policytest file.
type syntaxFile struct {
	Pos   lexer.Position
	Stmts []*syntaxStmt `parser:"@@*"`
}

// syntaxStmt is one top-level statement.
type syntaxStmt struct {
	Use       *syntaxUse       `parser:"  @@"`
	Namespace *syntaxNamespace `parser:"| @@"`
	Endpoint  *syntaxEndpoint  `parser:"| @@"`
	FQDN      *syntaxFQDN      `parser:"| @@"`
	Item      *syntaxItem      `parser:"| @@"`
}

// syntaxItem is an element of a group body: a group, a test or a bare
// expectation.
type syntaxItem struct {
	Group  *syntaxGroup  `parser:"  @@"`
	Test   *syntaxTest   `parser:"| @@"`
	Expect *syntaxExpect `parser:"| @@"`
}

// syntaxUse names policy or inventory files.
type syntaxUse struct {
	Pos   lexer.Position
	Kind  string         `parser:"@(\"policy\" | \"policies\" | \"inventory\")"`
	Paths []*syntaxQuote `parser:"@@ (\",\" @@)*"`
}

// syntaxQuote is a positioned string literal.
type syntaxQuote struct {
	Pos   lexer.Position
	Value string `parser:"@String"`
}

// syntaxNamespace declares a namespace and its labels.
type syntaxNamespace struct {
	Pos    lexer.Position
	Name   *syntaxWord    `parser:"\"namespace\" @@"`
	Labels []*syntaxLabel `parser:"( \"labels\" @@ (\",\" @@)* )?"`
}

// syntaxEndpoint declares an endpoint (pod).
type syntaxEndpoint struct {
	Pos    lexer.Position
	Ref    *syntaxRef             `parser:"\"endpoint\" @@"`
	Fields []*syntaxEndpointField `parser:"@@*"`
}

// syntaxEndpointField is one clause of an endpoint declaration.
type syntaxEndpointField struct {
	Pos      lexer.Position
	Labels   []*syntaxLabel     `parser:"  \"labels\" @@ (\",\" @@)*"`
	IPs      []*syntaxAddr      `parser:"| \"ips\" @@ (\",\" @@)*"`
	Ports    []*syntaxNamedPort `parser:"| \"ports\" @@ (\",\" @@)*"`
	Identity *syntaxWord        `parser:"| \"identity\" @@"`
}

// syntaxFQDN is a DNS snapshot entry: a name and the addresses it resolved to.
type syntaxFQDN struct {
	Pos  lexer.Position
	Name *syntaxWord   `parser:"\"fqdn\" @@"`
	IPs  []*syntaxAddr `parser:"@@ (\",\" @@)*"`
}

// syntaxGroup is a named group of tests.
type syntaxGroup struct {
	Pos   lexer.Position
	Name  *syntaxQuote  `parser:"\"group\" @@ \"{\""`
	Items []*syntaxItem `parser:"@@* \"}\""`
}

// syntaxTest is a named test case holding expectations.
type syntaxTest struct {
	Pos     lexer.Position
	Name    *syntaxQuote    `parser:"\"test\" @@ \"{\""`
	Expects []*syntaxExpect `parser:"@@* \"}\""`
}

// syntaxExpect is one expectation.
type syntaxExpect struct {
	Pos      lexer.Position
	Verdict  string         `parser:"\"expect\" @(\"allow\" | \"deny\" | \"redirect\")"`
	Src      *syntaxPeer    `parser:"@@ Arrow"`
	Dst      *syntaxPeer    `parser:"@@"`
	Service  *syntaxService `parser:"@@"`
	Fragment bool           `parser:"@\"fragment\"?"`
	Proxy    *syntaxWord    `parser:"( \"proxy\" @@ )?"`
}

// syntaxPeer is one end of a flow.
type syntaxPeer struct {
	Pos   lexer.Position
	Ref   *syntaxRef  `parser:"  @@"`
	World *syntaxAddr `parser:"| \"world\" @@"`
	Name  *syntaxWord `parser:"| @@"`
}

// syntaxRef is "namespace/name".
type syntaxRef struct {
	Pos       lexer.Position
	Namespace string `parser:"@Word \"/\""`
	Name      string `parser:"@Word"`
}

// syntaxAddr is an IP address or prefix.
type syntaxAddr struct {
	Pos  lexer.Position
	Addr string  `parser:"@Word"`
	Bits *string `parser:"( \"/\" @Word )?"`
}

// syntaxService is the protocol and destination port or ICMP type.
type syntaxService struct {
	Pos      lexer.Position
	Proto    string      `parser:"(  @(\"tcp\" | \"udp\" | \"sctp\") \"/\""`
	Port     *syntaxWord `parser:"   @@ )"`
	ICMP     string      `parser:"| ( @(\"icmpv6\" | \"icmp\")"`
	ICMPType *syntaxWord `parser:"    \"type\" @@ )"`
}

// syntaxLabel is key=value; the key may carry a source ("k8s:app") and a
// prefix ("app.kubernetes.io/name").
type syntaxLabel struct {
	Pos         lexer.Position
	Key         string  `parser:"@(Word | String)"`
	KeySuffix   *string `parser:"( \"/\" @Word )?"`
	ValueString *string `parser:"\"=\" ( @String"`
	ValueWord   *string `parser:"    | @Word )"`
}

// syntaxNamedPort is name=number.
type syntaxNamedPort struct {
	Pos  lexer.Position
	Name string      `parser:"@Word \"=\""`
	Port *syntaxWord `parser:"@@"`
}

// syntaxWord is a positioned word.
type syntaxWord struct {
	Pos   lexer.Position
	Value string `parser:"@Word"`
}

// parser is built once; it is read-only after Build and safe for
// concurrent use (every Parse call gets its own parse state).
var parser = participle.MustBuild[syntaxFile](
	participle.Lexer(lexer.MustSimple(lexRules)),
	participle.Elide("Comment", "Whitespace"),
	participle.Unquote("String"),
	participle.CaseInsensitive("Word"),
	participle.UseLookahead(4),
)
