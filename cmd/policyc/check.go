package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/policyc/policyc/compiler/ast"
	"github.com/policyc/policyc/compiler/frontend"
	"github.com/policyc/policyc/internal/diag"
	"github.com/spf13/cobra"
)

// docsURL is where each diagnostic code is documented (SARIF helpUri).
const docsURL = "https://github.com/policyc/policyc/blob/main/docs/diagnostics.md"

func newCheckCmd(s *streams) *cobra.Command {
	var (
		format    string
		namespace string
		nodeLabel bool
		quiet     bool
	)
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Validate policy files with Cilium's rules",
		Long: `check reads CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy and
Kubernetes NetworkPolicy documents and reports every error and warning with
its position. PATH is a file, a directory (searched recursively for *.yaml,
*.yml and *.json) or "-" for standard input; without PATH, standard input is
read. Documents of other kinds (Deployments, Services...) are skipped.

Exit status: 0 when no errors were found (warnings allowed), 1 when a policy
has errors, 2 on usage or I/O errors.`,
		Example: `  policyc check policies/
  policyc check --format sarif policies/ > policyc.sarif
  kubectl get cnp -A -o yaml | policyc check -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := diag.ParseFormat(format)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			opts := frontend.Options{DefaultNamespace: namespace, EnableNodeSelectorLabels: nodeLabel}
			files, diags := frontend.ParsePaths(args, s.in, opts)
			return report(s, f, files, diags, quiet)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json or sarif")
	cmd.Flags().StringVarP(&namespace, "namespace", "n", "default", "namespace of CiliumNetworkPolicies without metadata.namespace")
	cmd.Flags().BoolVar(&nodeLabel, "enable-node-selector-labels", false, "accept fromNodes/toNodes, as Cilium does with --enable-node-selector-labels")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "text format: print errors only (no warnings, notes or summary)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json", "sarif"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// checkSummary counts what check saw.
type checkSummary struct {
	Files    int `json:"files"`
	Policies int `json:"policies"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
}

func (c checkSummary) String() string {
	return fmt.Sprintf("%s, %s: %s, %s", plural(c.Files, "file"), plural(c.Policies, "valid policy"),
		plural(c.Errors, "error"), plural(c.Warnings, "warning"))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	if word == "valid policy" {
		return fmt.Sprintf("%d valid policies", n)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// report prints diags in format f and returns the exit status as an error.
func report(s *streams, f diag.Format, files []*ast.File, diags diag.List, quiet bool) error {
	diags.Sort()
	sum := checkSummary{Files: len(files), Errors: diags.Count(diag.Error), Warnings: diags.Count(diag.Warning)}
	for _, file := range files {
		sum.Policies += len(file.Policies)
	}
	var err error
	switch f {
	case diag.FormatJSON:
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", "  ")
		err = enc.Encode(struct {
			Summary     checkSummary          `json:"summary"`
			Diagnostics []diag.JSONDiagnostic `json:"diagnostics"`
		}{sum, diags.JSON()})
	case diag.FormatSARIF:
		err = diag.WriteSARIF(s.out, diags, diag.Tool{Name: "policyc", Version: Version,
			InformationURI: "https://github.com/policyc/policyc", DocsURL: docsURL})
	default:
		err = writeText(s.out, diags, sum, quiet)
	}
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("write report: %w", err)}
	}
	return exitFor(diags)
}

func writeText(w io.Writer, diags diag.List, sum checkSummary, quiet bool) error {
	if quiet {
		var errs diag.List
		for _, d := range diags {
			if d.Severity == diag.Error {
				errs = append(errs, d)
			}
		}
		return diag.WriteText(w, errs)
	}
	if err := diag.WriteText(w, diags); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, sum)
	return err
}

// exitFor maps diagnostics to the exit status: I/O errors are 2, policy
// errors 1.
func exitFor(diags diag.List) error {
	code := exitOK
	for _, d := range diags {
		switch {
		case d.Severity != diag.Error:
		case d.Code == diag.CodeIO || d.Code == diag.CodeNoInput:
			code = exitUsage
		case code == exitOK:
			code = exitPolicy
		}
	}
	if code == exitOK {
		return nil
	}
	return &exitError{code: code}
}

// addCompletionExamples materialises cobra's built-in `completion` command
// (shell completions for bash, zsh, fish and powershell) so it gets
// Example help like every other command.
func addCompletionExamples(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Example = "  source <(policyc completion bash)\n  policyc completion zsh > \"${fpath[1]}/_policyc\""
		for _, sh := range c.Commands() {
			sh.Example = fmt.Sprintf("  policyc completion %s", sh.Name())
		}
	}
}
