package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Format is an output format for diagnostics.
type Format string

// The formats every command that reports diagnostics accepts (--format).
const (
	FormatText  Format = "text"
	FormatJSON  Format = "json"
	FormatSARIF Format = "sarif"
)

// ParseFormat validates a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case FormatText, FormatJSON, FormatSARIF:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, json or sarif)", s)
}

// WriteText prints each diagnostic in the one text format, one per line
// (hints and related positions indented below it).
func WriteText(w io.Writer, l List) error {
	var b strings.Builder
	for _, d := range l {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// JSONDiagnostic is the JSON form of a Diagnostic.
type JSONDiagnostic struct {
	File     string        `json:"file,omitempty"`
	Line     int           `json:"line,omitempty"`
	Col      int           `json:"col,omitempty"`
	Path     string        `json:"path,omitempty"`
	Severity string        `json:"severity"`
	Code     Code          `json:"code"`
	Message  string        `json:"message"`
	Hint     string        `json:"hint,omitempty"`
	Related  []JSONRelated `json:"related,omitempty"`
}

// JSONRelated is the JSON form of a Related position.
type JSONRelated struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Message string `json:"message"`
}

// JSON converts l to its JSON form (never nil, so it encodes as []).
func (l List) JSON() []JSONDiagnostic {
	out := make([]JSONDiagnostic, 0, len(l))
	for _, d := range l {
		jd := JSONDiagnostic{File: d.Pos.File, Line: d.Pos.Line, Col: d.Pos.Col, Path: d.Pos.Path,
			Severity: d.Severity.String(), Code: d.Code, Message: d.Message, Hint: d.Hint}
		for _, r := range d.Related {
			jd.Related = append(jd.Related, JSONRelated{File: r.Pos.File, Line: r.Pos.Line, Col: r.Pos.Col, Message: r.Message})
		}
		out = append(out, jd)
	}
	return out
}

// WriteJSON writes l as an indented JSON array.
func WriteJSON(w io.Writer, l List) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(l.JSON())
}
