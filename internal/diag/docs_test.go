package diag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"strconv"
	"testing"
)

// codeConstants parses codes.go and returns every Code constant's value.
func codeConstants(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
				continue
			}
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok {
					t.Fatalf("%s: not a string literal", name.Name)
				}
				v, _ := strconv.Unquote(lit.Value)
				out[name.Name] = v
			}
		}
	}
	return out
}

// TestCodesDocumented: every code constant is unique, well-formed and has
// a "### PCxxxx" section in docs/diagnostics.md.
func TestCodesDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/diagnostics.md")
	if err != nil {
		t.Fatal(err)
	}
	consts := codeConstants(t)
	if len(consts) < 50 {
		t.Fatalf("found only %d code constants", len(consts))
	}
	seen := map[string]string{}
	for name, code := range consts {
		if !regexp.MustCompile(`^PC\d{4}$`).MatchString(code) {
			t.Errorf("%s = %q is not PC followed by four digits", name, code)
		}
		if other, dup := seen[code]; dup {
			t.Errorf("%s and %s share code %s", name, other, code)
		}
		seen[code] = name
		if !regexp.MustCompile(`(?m)^### ` + code + `$`).Match(doc) {
			t.Errorf("%s (%s) has no \"### %s\" section in docs/diagnostics.md", code, name, code)
		}
	}
}

// TestSummaries: every frontend code (PC00xx-PC03xx) has a SARIF summary.
func TestSummaries(t *testing.T) {
	for name, code := range codeConstants(t) {
		if code < "PC0400" && Summary(Code(code)) == "" {
			t.Errorf("%s (%s) has no summary", name, code)
		}
	}
}
