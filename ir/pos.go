package ir

import "fmt"

// Pos is a position in a source file. Line and Col are 1-based; a zero Pos
// means "no position" (synthesised input). Path is the YAML path of the node,
// e.g. "spec.ingress[0].toPorts[1].ports[0]", when known.
type Pos struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
	Path string `json:"path,omitempty"`
}

// IsValid reports whether p refers to a real source location.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats p as file:line:col (the form every diagnostic uses).
func (p Pos) String() string {
	switch {
	case !p.IsValid() && p.File == "":
		return "-"
	case !p.IsValid():
		return p.File
	default:
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
	}
}
