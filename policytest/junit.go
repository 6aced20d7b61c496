package policytest

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// JUnit XML, as CI systems (Jenkins, GitLab, GitHub test reporters) read
// it: one <testsuite> per file, one <testcase> per expectation. A failed
// expectation is a <failure>; an expectation that could not be checked or
// an internal error is an <error> (type says which). No timestamps, so the
// file is reproducible.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Properties []junitProperty `xml:"properties>property,omitempty"`
	Cases      []junitCase     `xml:"testcase"`
	SystemErr  string          `xml:"system-err,omitempty"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr"`
	Line      int           `xml:"line,attr"`
	Failure   *junitMessage `xml:"failure,omitempty"`
	Error     *junitMessage `xml:"error,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// WriteJUnit writes the report as JUnit XML.
func (r *Report) WriteJUnit(w io.Writer) error {
	c := r.Counts()
	out := junitSuites{Name: "policyc test", Tests: c.Total, Failures: c.Fail, Errors: c.Error + c.Internal}
	for _, s := range r.Suites {
		out.Suites = append(out.Suites, toJUnitSuite(s))
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write junit: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func toJUnitSuite(s SuiteResult) junitSuite {
	c := (&Report{Suites: []SuiteResult{s}}).Counts()
	js := junitSuite{Name: s.Path, Tests: c.Total, Failures: c.Fail, Errors: c.Error + c.Internal}
	kernel := "ran"
	if s.KernelSkipped != "" {
		kernel = "skipped: " + s.KernelSkipped
	}
	js.Properties = []junitProperty{{Name: "kernel", Value: kernel}}
	var diags []string
	for _, d := range s.Diags {
		diags = append(diags, d.String())
	}
	js.SystemErr = strings.Join(diags, "\n")
	for _, res := range s.Results {
		js.Cases = append(js.Cases, toJUnitCase(s.Path, res))
	}
	return js
}

func toJUnitCase(path string, res Result) junitCase {
	c := res.Case
	class := strings.Join(append([]string{path}, c.Group...), " / ")
	if c.Test != "" {
		class += " / " + c.Test
	}
	jc := junitCase{Name: c.String(), Classname: class, File: c.Pos.File, Line: c.Pos.Line}
	msg := &junitMessage{Message: firstLine(res.Message), Text: fmt.Sprintf("%s: %s\n%s", c.Pos, c.String(), res.Message)}
	switch res.Status {
	case StatusFail:
		msg.Type = "expectation"
		jc.Failure = msg
	case StatusError:
		msg.Type = "error"
		if res.Diag != nil {
			msg.Type = string(res.Diag.Code)
		}
		jc.Error = msg
	case StatusInternal:
		msg.Type = "internal-error"
		jc.Error = msg
	}
	switch {
	case res.Kernel.Skipped != "":
		jc.SystemOut = "kernel check skipped: " + res.Kernel.Skipped
	case len(res.Kernel.Families) > 0:
		jc.SystemOut = fmt.Sprintf("kernel: %d program runs agreed with the reference (%s)", res.Kernel.Runs, strings.Join(res.Kernel.Families, ", "))
	}
	return jc
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
