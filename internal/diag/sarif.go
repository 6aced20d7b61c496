package diag

import (
	"encoding/json"
	"io"
	"path/filepath"
	"slices"
	"strings"
)

// Tool names the program that produced a SARIF log.
type Tool struct {
	Name           string
	Version        string
	InformationURI string
	// DocsURL is the base URL of the code documentation; each rule's
	// helpUri is DocsURL + "#" + lower-case code.
	DocsURL string
}

// SARIF 2.1.0 subset: enough for GitHub code scanning and other CI systems.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool    sarifTool     `json:"tool"`
		Results []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string       `json:"id"`
		ShortDescription sarifMessage `json:"shortDescription"`
		HelpURI          string       `json:"helpUri,omitempty"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
)

func sarifLevel(s Severity) string {
	switch s {
	case Warning:
		return "warning"
	case Info:
		return "note"
	}
	return "error"
}

// WriteSARIF writes l as a SARIF 2.1.0 log with one run. Rules are the
// distinct codes of l, sorted; each result points at its rule by index.
func WriteSARIF(w io.Writer, l List, tool Tool) error {
	codes := make([]Code, 0, len(l))
	first := map[Code]string{}
	for _, d := range l {
		if _, ok := first[d.Code]; !ok {
			first[d.Code] = d.Message
			codes = append(codes, d.Code)
		}
	}
	slices.Sort(codes)
	driver := sarifDriver{Name: tool.Name, Version: tool.Version, InformationURI: tool.InformationURI, Rules: []sarifRule{}}
	for _, c := range codes {
		desc := Summary(c)
		if desc == "" {
			desc = first[c]
		}
		r := sarifRule{ID: string(c), ShortDescription: sarifMessage{Text: desc}}
		if tool.DocsURL != "" {
			r.HelpURI = tool.DocsURL + "#" + strings.ToLower(string(c))
		}
		driver.Rules = append(driver.Rules, r)
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}}
	for _, d := range l {
		run.Results = append(run.Results, sarifResultOf(d, slices.Index(codes, d.Code)))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	})
}

func sarifResultOf(d Diagnostic, rule int) sarifResult {
	msg := d.Message
	if d.Hint != "" {
		msg += "\nhint: " + d.Hint
	}
	uri := filepath.ToSlash(d.Pos.File)
	if uri == "" || uri == "<stdin>" {
		uri = "stdin"
	}
	phys := sarifPhysical{ArtifactLocation: sarifArtifact{URI: strings.TrimPrefix(uri, "./")}}
	if d.Pos.Line > 0 {
		phys.Region = &sarifRegion{StartLine: d.Pos.Line, StartColumn: d.Pos.Col}
	}
	return sarifResult{RuleID: string(d.Code), RuleIndex: rule, Level: sarifLevel(d.Severity),
		Message: sarifMessage{Text: msg}, Locations: []sarifLocation{{PhysicalLocation: phys}}}
}
