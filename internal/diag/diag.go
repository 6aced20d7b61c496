package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/policyc/policyc/ir"
)

// Severity is how serious a diagnostic is.
type Severity uint8

const (
	Error Severity = iota
	Warning
	Info
)

func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Info:
		return "info"
	}
	return "error"
}

// Related is a secondary position attached to a diagnostic.
type Related struct {
	Pos     ir.Pos
	Message string
}

// Diagnostic is one positioned, coded message.
type Diagnostic struct {
	Pos      ir.Pos
	Severity Severity
	Code     Code
	Message  string
	Hint     string // optional; printed indented below the message
	Related  []Related
}

// String formats d as "path:line:col: error[PC0123]: message" plus the
// indented hint and related positions, one per line.
func (d Diagnostic) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s[%s]: %s", d.Pos, d.Severity, d.Code, d.Message)
	if d.Hint != "" {
		fmt.Fprintf(&b, "\n\thint: %s", d.Hint)
	}
	for _, r := range d.Related {
		fmt.Fprintf(&b, "\n\t%s: %s", r.Pos, r.Message)
	}
	return b.String()
}

// List is an ordered collection of diagnostics.
type List []Diagnostic

// Add appends a diagnostic.
func (l *List) Add(d Diagnostic) { *l = append(*l, d) }

// Errorf appends an error.
func (l *List) Errorf(pos ir.Pos, code Code, format string, args ...any) {
	l.Add(Diagnostic{Pos: pos, Severity: Error, Code: code, Message: fmt.Sprintf(format, args...)})
}

// Warnf appends a warning.
func (l *List) Warnf(pos ir.Pos, code Code, format string, args ...any) {
	l.Add(Diagnostic{Pos: pos, Severity: Warning, Code: code, Message: fmt.Sprintf(format, args...)})
}

// Infof appends an informational note.
func (l *List) Infof(pos ir.Pos, code Code, format string, args ...any) {
	l.Add(Diagnostic{Pos: pos, Severity: Info, Code: code, Message: fmt.Sprintf(format, args...)})
}

// HasErrors reports whether l holds at least one error.
func (l List) HasErrors() bool {
	return slices.ContainsFunc(l, func(d Diagnostic) bool { return d.Severity == Error })
}

// Count returns the number of diagnostics of severity s.
func (l List) Count(s Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Sort orders l by file, line, column, then code and message, so output is
// deterministic whatever order the checks ran in.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// Err returns l as an error if it has errors, else nil.
func (l List) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return ErrorList(l)
}

// ErrorList adapts a List to the error interface.
type ErrorList List

func (e ErrorList) Error() string {
	var lines []string
	for _, d := range e {
		if d.Severity == Error {
			lines = append(lines, d.String())
		}
	}
	return strings.Join(lines, "\n")
}
